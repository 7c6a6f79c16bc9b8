import type { ResourceType, SellExecutor } from '../sell-tables.ts';

const ATTACHED = ['sell_custom_values', 'sell_taggings', 'sell_notes', 'sell_tasks', 'sell_calls', 'sell_collaborations', 'sell_feed_items', 'sell_contact_points'] as const;

/** What hangs off a record and goes with it: custom values, tags, notes, tasks, calls, collaborations, its feed, its matching keys. */
export async function deleteRecordTraces(db: SellExecutor, accountId: number, resourceType: ResourceType, resourceId: number) {
  for (const table of ATTACHED) {
    await db
      .deleteFrom(table as 'sell_notes')
      .where('account_id', '=', accountId)
      .where('resource_type', '=', resourceType)
      .where('resource_id', '=', resourceId)
      .execute();
  }
}

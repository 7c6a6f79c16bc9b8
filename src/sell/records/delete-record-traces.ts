import type { ResourceType, SellExecutor } from '../sell-tables.ts';

/** What hangs off a record and goes with it: custom values, tags, notes, its tasks, its feed. */
export async function deleteRecordTraces(db: SellExecutor, accountId: number, resourceType: ResourceType, resourceId: number) {
  const where = <T extends 'sell_custom_values' | 'sell_taggings' | 'sell_notes' | 'sell_tasks' | 'sell_feed_items'>(table: T) =>
    db.deleteFrom(table as 'sell_notes').where('account_id', '=', accountId).where('resource_type', '=', resourceType).where('resource_id', '=', resourceId);
  for (const table of ['sell_custom_values', 'sell_taggings', 'sell_notes', 'sell_tasks', 'sell_feed_items'] as const) {
    await where(table).execute();
  }
}

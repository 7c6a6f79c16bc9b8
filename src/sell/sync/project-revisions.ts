import type { EventDispatcher, OutboxEvent } from '../../platform/events/dispatcher.ts';
import { tableOf } from '../records/resource-tables.ts';
import type { ResourceType, SellExecutor, SyncEventType } from '../sell-tables.ts';

const HANDLER = 'sell.sync-revisions';
const eventTypes: Record<string, SyncEventType> = {
  'sell.record.created': 'created',
  'sell.record.updated': 'updated',
  'sell.record.deleted': 'deleted',
};

/**
 * Keeps one row per record with its latest revision (the outbox event id) for the Sync API. A replay
 * writes the same row again; an older event never overwrites a newer revision.
 */
async function projectRevision(trx: SellExecutor, event: OutboxEvent) {
  const { resourceType, resourceId } = event.payload as { resourceType: ResourceType; resourceId: number };
  const eventType = eventTypes[event.type]!;
  const current = await trx
    .selectFrom('sell_record_revisions')
    .select(['revision', 'owner_id'])
    .where('account_id', '=', event.accountId)
    .where('resource_type', '=', resourceType)
    .where('resource_id', '=', resourceId)
    .executeTakeFirst();
  if (current && current.revision >= event.id) return;
  const record =
    eventType === 'deleted'
      ? undefined
      : await trx.selectFrom(tableOf[resourceType]).select('owner_id').where('id', '=', resourceId).executeTakeFirst();
  const ownerId = record?.owner_id ?? current?.owner_id ?? null;
  await trx
    .insertInto('sell_record_revisions')
    .values({ account_id: event.accountId, resource_type: resourceType, resource_id: resourceId, revision: event.id, event_type: eventType, owner_id: ownerId })
    .onConflict((oc) => oc.columns(['account_id', 'resource_type', 'resource_id']).doUpdateSet({ revision: event.id, event_type: eventType, owner_id: ownerId }))
    .execute();
}

export function registerRevisionProjection(events: EventDispatcher) {
  for (const type of Object.keys(eventTypes)) {
    events.on(type, HANDLER, (event, trx) => projectRevision(trx as unknown as SellExecutor, event));
  }
}

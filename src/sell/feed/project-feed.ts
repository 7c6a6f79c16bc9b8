import type { EventDispatcher, OutboxEvent } from '../../platform/events/dispatcher.ts';
import type { EventCatalogue } from '../../platform/events/catalogue.ts';
import { nowIso } from '../../platform/db/time.ts';
import type { ResourceType, SellExecutor } from '../sell-tables.ts';
import '../sell-events.ts';
import type { FeedKind } from './feed-kinds.ts';
import { upsertFeedItem } from './feed.repo.ts';
import type { SellFeedLive } from './feed-live.ts';

const HANDLER = 'sell.feed';

type Item = { resourceType: ResourceType; resourceId: number; kind: FeedKind; sourceKey: string; payload: object };

function payloadOf<T extends keyof EventCatalogue>(event: OutboxEvent): EventCatalogue[T] {
  return event.payload as EventCatalogue[T];
}

/** Which feed items one event makes: each keyed by the event, so a replay rewrites the same rows. */
function itemsFor(event: OutboxEvent): Item[] {
  const key = `event:${event.id}`;
  switch (event.type) {
    case 'sell.record.created': {
      const p = payloadOf<'sell.record.created'>(event);
      return [{ resourceType: p.resourceType, resourceId: p.resourceId, kind: 'created', sourceKey: key, payload: { name: p.name, ownerId: p.ownerId, ownerReason: p.ownerReason ?? null } }];
    }
    case 'sell.record.updated': {
      const p = payloadOf<'sell.record.updated'>(event);
      const kinds = { status: 'status_changed', owner_id: 'owner_changed', stage_id: 'stage_changed' } as const;
      return p.changes.map((c) => ({
        resourceType: p.resourceType,
        resourceId: p.resourceId,
        kind: kinds[c.field],
        sourceKey: `${key}:${c.field}`,
        payload: { from: c.from, to: c.to, ...(c.field === 'owner_id' && p.ownerReason ? { reason: p.ownerReason } : {}) },
      }));
    }
    case 'sell.note.created': {
      const p = payloadOf<'sell.note.created'>(event);
      return [{ resourceType: p.resourceType, resourceId: p.resourceId, kind: 'note', sourceKey: `note:${p.noteId}`, payload: { noteId: p.noteId, content: p.content } }];
    }
    case 'sell.task.created':
    case 'sell.task.completed': {
      const p = payloadOf<'sell.task.created'>(event);
      if (!p.resourceType || !p.resourceId) return [];
      const kind = event.type === 'sell.task.created' ? 'task' : 'task_completed';
      return [{ resourceType: p.resourceType, resourceId: p.resourceId, kind, sourceKey: key, payload: { taskId: p.taskId, content: p.content, dueDate: p.dueDate ?? null } }];
    }
    case 'sell.lead.converted': {
      const p = payloadOf<'sell.lead.converted'>(event);
      const payload = { leadId: p.leadId, contactId: p.contactId, organizationId: p.organizationId, dealId: p.dealId };
      return [{ resourceType: 'lead', resourceId: p.leadId, kind: 'converted', sourceKey: key, payload }];
    }
    default:
      return [];
  }
}

export async function projectEvent(trx: SellExecutor, event: OutboxEvent) {
  const actorId = (event.payload as { actorId?: number | null }).actorId ?? null;
  const now = nowIso();
  for (const item of itemsFor(event)) {
    await upsertFeedItem(trx, {
      account_id: event.accountId,
      resource_type: item.resourceType,
      resource_id: item.resourceId,
      kind: item.kind,
      source_key: item.sourceKey,
      actor_id: actorId,
      payload: JSON.stringify(item.payload),
      occurred_at: event.createdAt,
      hidden: 0,
      created_at: now,
      updated_at: now,
    });
  }
}

/**
 * The activity feed is built from the outbox by this idempotent projection; once an event's
 * items are stored, open feeds of their records are told (O-8).
 */
export function registerFeedProjection(events: EventDispatcher, live: SellFeedLive) {
  for (const type of ['sell.record.created', 'sell.record.updated', 'sell.note.created', 'sell.task.created', 'sell.task.completed', 'sell.lead.converted']) {
    events.on(type, HANDLER, (event, trx) => projectEvent(trx as unknown as SellExecutor, event));
    events.onOutsideTransaction(type, `${HANDLER}.live`, async (event) => {
      const records = new Map(itemsFor(event).map((i) => [`${i.resourceType}:${i.resourceId}`, { resourceType: i.resourceType, resourceId: i.resourceId }]));
      if (records.size) live.changed(event.accountId, [...records.values()]);
    });
  }
}

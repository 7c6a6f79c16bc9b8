import type { OpContext } from '../../platform/context.ts';
import { apiTime } from '../records/api-time.ts';
import { sellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { decodeCursor, encodeCursor } from './feed-cursor.ts';
import { externalFeedBodies } from './external-feed-bodies.ts';
import { feedPage } from './feed.repo.ts';
import { visibleFeedRecord } from './visible-feed-record.ts';

export type FeedRequest = { kinds?: string[]; cursor?: string; perPage: number };

/**
 * A record's activity, newest first, a page at a time. A contact or deal made from a lead shows the
 * lead's history too, so nothing is lost by converting.
 */
export async function listFeed(opCtx: OpContext, resourceType: ResourceType, resourceId: number, request: FeedRequest) {
  const ctx = await sellContext(opCtx);
  const record = await visibleFeedRecord(ctx, resourceType, resourceId);
  const sources: { resourceType: ResourceType; resourceId: number }[] = [{ resourceType, resourceId }];
  const leadId = 'lead_id' in record ? record.lead_id : null;
  if (leadId) sources.push({ resourceType: 'lead', resourceId: leadId });

  const rows = await feedPage(ctx.sell, ctx.account.id, sources, {
    ...(request.kinds ? { kinds: request.kinds } : {}),
    ...(request.cursor ? { after: decodeCursor(request.cursor) } : {}),
    limit: request.perPage,
  });
  const page = rows.slice(0, request.perPage);
  const last = page.at(-1);
  const bodies = await externalFeedBodies(ctx.sell, ctx.account.id, page);
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      resource_type: r.resource_type,
      resource_id: r.resource_id,
      actor_id: r.actor_id,
      occurred_at: apiTime(r.occurred_at),
      data: bodies.get(r.source_key) ?? (JSON.parse(r.payload) as Record<string, unknown>),
    })),
    nextCursor: rows.length > request.perPage && last ? encodeCursor({ occurredAt: last.occurred_at, id: last.id }) : null,
  };
}

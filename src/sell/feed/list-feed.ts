import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { apiTime } from '../records/api-time.ts';
import { canSeeRecord } from '../records/record-visibility.ts';
import { tableOf } from '../records/resource-tables.ts';
import { sellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { decodeCursor, encodeCursor } from './feed-cursor.ts';
import { feedPage } from './feed.repo.ts';

export type FeedRequest = { kinds?: string[]; cursor?: string; perPage: number };

/**
 * A record's activity, newest first, a page at a time. A contact or deal made from a lead shows the
 * lead's history too, so nothing is lost by converting.
 */
export async function listFeed(opCtx: OpContext, resourceType: ResourceType, resourceId: number, request: FeedRequest) {
  const ctx = await sellContext(opCtx);
  const record = await ctx.sell
    .selectFrom(tableOf[resourceType])
    .selectAll()
    .where('account_id', '=', ctx.account.id)
    .where('id', '=', resourceId)
    .executeTakeFirst();
  if (!record || !(await canSeeRecord(ctx, resourceType, record))) throw notFound(`That ${resourceType}`);
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
  return {
    items: page.map((r) => ({
      id: r.id,
      kind: r.kind,
      resource_type: r.resource_type,
      resource_id: r.resource_id,
      actor_id: r.actor_id,
      occurred_at: apiTime(r.occurred_at),
      data: JSON.parse(r.payload) as Record<string, unknown>,
    })),
    nextCursor: rows.length > request.perPage && last ? encodeCursor({ occurredAt: last.occurred_at, id: last.id }) : null,
  };
}

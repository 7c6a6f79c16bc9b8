import { notFound } from '../../platform/http/app-error.ts';
import { canSeeRecord } from '../records/record-visibility.ts';
import { tableOf } from '../records/resource-tables.ts';
import type { SellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';

/**
 * The record whose feed the actor asks for, if they may see it: feed items inherit the record's
 * visibility. A missing record and one they may not see are the same 404.
 */
export async function visibleFeedRecord(ctx: SellContext, resourceType: ResourceType, resourceId: number) {
  const record = await ctx.sell
    .selectFrom(tableOf[resourceType])
    .selectAll()
    .where('account_id', '=', ctx.account.id)
    .where('id', '=', resourceId)
    .executeTakeFirst();
  if (!record || !(await canSeeRecord(ctx, resourceType, record))) throw notFound(`That ${resourceType}`);
  return record;
}

import { invalid } from '../../platform/http/app-error.ts';
import type { SellContext } from '../sell-context.ts';
import { canSeeRecord } from './record-visibility.ts';
import type { ResourceType } from '../sell-tables.ts';
import { tableOf } from './resource-tables.ts';

/**
 * The lead, contact or deal a note or task is attached to, if the actor may see it (A-3: notes and
 * tasks inherit their record's visibility). Otherwise the attachment is refused as a bad field.
 */
export async function checkVisibleRecord(ctx: SellContext, resourceType: ResourceType, resourceId: number) {
  const row = await ctx.sell
    .selectFrom(tableOf[resourceType])
    .select(['id', 'owner_id'])
    .where('account_id', '=', ctx.account.id)
    .where('id', '=', resourceId)
    .executeTakeFirst();
  if (!row || !(await canSeeRecord(ctx, resourceType, row))) throw invalid('resource_id', `No ${resourceType} with id ${resourceId} that you can see.`);
  return row;
}

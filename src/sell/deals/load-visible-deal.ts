import { requireVisibleRecord } from '../records/record-visibility.ts';
import type { SellContext } from '../sell-context.ts';
import { findDeal } from './deals.repo.ts';

/** A deal the actor may see; any other id — missing, another account's, not visible — is a 404. */
export async function loadVisibleDeal(ctx: SellContext, id: number) {
  return requireVisibleRecord(ctx, 'deal', await findDeal(ctx.sell, ctx.account.id, id), 'That deal');
}

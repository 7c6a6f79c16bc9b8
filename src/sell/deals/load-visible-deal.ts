import { requireVisible } from '../records/require-visible.ts';
import type { SellContext } from '../sell-context.ts';
import { findDeal } from './deals.repo.ts';

/** A deal the actor may see; any other id — missing, another account's, not visible — is a 404. */
export async function loadVisibleDeal(ctx: SellContext, id: number) {
  return requireVisible(ctx.visibility, await findDeal(ctx.sell, ctx.account.id, id), 'That deal');
}

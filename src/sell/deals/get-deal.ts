import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleDeal } from './load-visible-deal.ts';
import { presentDeal } from './present-deal.ts';

export async function getDeal(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  return presentDeal(ctx.sell, ctx.account.id, await loadVisibleDeal(ctx, id));
}

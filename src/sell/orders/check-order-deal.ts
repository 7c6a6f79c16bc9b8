import { AppError, invalid } from '../../platform/http/app-error.ts';
import { findDeal } from '../deals/deals.repo.ts';
import { canSeeRecord } from '../records/record-visibility.ts';
import type { SellContext } from '../sell-context.ts';
import { findOrderOfDeal } from './orders.repo.ts';

/** A deal has at most one order: a second is refused, naming `deal_id`. */
export const dealHasOrder = (dealId: number) =>
  new AppError(422, 'validation_failed', 'Some fields are not valid.', [
    { field: 'deal_id', code: 'taken', message: `Deal ${dealId} already has an order; a deal has at most one.` },
  ]);

/** The deal an order is for: one the actor sees, without an order other than `orderId`. */
export async function checkOrderDeal(ctx: SellContext, dealId: number, orderId: number | null) {
  const deal = await findDeal(ctx.sell, ctx.account.id, dealId);
  if (!deal || !(await canSeeRecord(ctx, 'deal', deal))) throw invalid('deal_id', `No deal with id ${dealId} that you can see.`);
  const existing = await findOrderOfDeal(ctx.sell, ctx.account.id, dealId);
  if (existing && existing.id !== orderId) throw dealHasOrder(dealId);
}

import { notFound } from '../../platform/http/app-error.ts';
import type { SellContext } from '../sell-context.ts';
import { findLineItem } from './line-items.repo.ts';
import { loadVisibleOrder } from './load-visible-order.ts';

/** A line item of an order the actor sees; otherwise a 404. */
export async function loadVisibleLineItem(ctx: SellContext, orderId: number, id: number) {
  await loadVisibleOrder(ctx, orderId);
  const item = await findLineItem(ctx.sell, ctx.account.id, orderId, id);
  if (!item) throw notFound('That line item');
  return item;
}

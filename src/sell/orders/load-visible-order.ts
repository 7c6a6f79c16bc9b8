import { notFound } from '../../platform/http/app-error.ts';
import { findDeal } from '../deals/deals.repo.ts';
import { requireVisibleRecord } from '../records/record-visibility.ts';
import type { SellContext } from '../sell-context.ts';
import { findOrder } from './orders.repo.ts';

/** An order is seen with its deal: missing, another account's or on a deal the actor may not see, it is a 404. */
export async function loadVisibleOrder(ctx: SellContext, id: number) {
  const order = await findOrder(ctx.sell, ctx.account.id, id);
  if (!order) throw notFound('That order');
  await requireVisibleRecord(ctx, 'deal', await findDeal(ctx.sell, ctx.account.id, order.deal_id), 'That order');
  return order;
}

import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleOrder } from './load-visible-order.ts';
import { deleteOrderRow } from './orders.repo.ts';

/** Deletes an order with its line items (the deal stays). */
export async function deleteOrder(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleOrder(ctx, id);
  await ctx.sell.transaction().execute((trx) => deleteOrderRow(trx, ctx.account.id, id));
}

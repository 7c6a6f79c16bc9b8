import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { sellContext } from '../sell-context.ts';
import { deleteLineItemRow } from './line-items.repo.ts';
import { loadVisibleLineItem } from './load-visible-line-item.ts';
import { touchOrder } from './orders.repo.ts';

export async function deleteLineItem(opCtx: OpContext, orderId: number, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleLineItem(ctx, orderId, id);
  await ctx.sell.transaction().execute(async (trx) => {
    await deleteLineItemRow(trx, ctx.account.id, orderId, id);
    await touchOrder(trx, ctx.account.id, orderId, nowIso());
  });
}

import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { sellContext } from '../sell-context.ts';
import { checkOrderDeal, dealHasOrder } from './check-order-deal.ts';
import { loadVisibleOrder } from './load-visible-order.ts';
import { orderInputSchema, type OrderInput } from './order-input.ts';
import { updateOrderRow } from './orders.repo.ts';

/** Changes the discount, or moves the order to another deal the actor sees that has none; a null discount means none. */
export async function updateOrder(opCtx: OpContext, id: number, rawInput: OrderInput) {
  const ctx = await sellContext(opCtx);
  const input = orderInputSchema.parse(rawInput);
  const before = await loadVisibleOrder(ctx, id);
  const dealId = input.deal_id ?? before.deal_id;
  if (dealId !== before.deal_id) await checkOrderDeal(ctx, dealId, id);
  try {
    return await updateOrderRow(ctx.sell, ctx.account.id, id, {
      deal_id: dealId,
      discount: input.discount !== undefined ? (input.discount ?? 0) : before.discount,
      updated_at: nowIso(),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw dealHasOrder(dealId);
    throw error;
  }
}

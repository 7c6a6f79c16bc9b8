import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { blankField } from '../records/blank-field.ts';
import { sellContext } from '../sell-context.ts';
import { checkOrderDeal, dealHasOrder } from './check-order-deal.ts';
import { orderInputSchema, type OrderInput } from './order-input.ts';
import { insertOrder } from './orders.repo.ts';

/** Opens the order of a deal the actor sees (one per deal). */
export async function createOrder(opCtx: OpContext, rawInput: OrderInput) {
  const ctx = await sellContext(opCtx);
  const input = orderInputSchema.parse(rawInput);
  if (!input.deal_id) throw blankField('deal_id', 'Say which deal the order is for.');
  await checkOrderDeal(ctx, input.deal_id, null);
  const now = nowIso();
  try {
    return await insertOrder(ctx.sell, { account_id: ctx.account.id, deal_id: input.deal_id, discount: input.discount ?? 0, created_at: now, updated_at: now });
  } catch (error) {
    // Another request opened the deal's order at the same moment.
    if (isUniqueViolation(error)) throw dealHasOrder(input.deal_id);
    throw error;
  }
}

import type { OpContext } from '../../platform/context.ts';
import { invalidParam } from '../records/apply-list-request.ts';
import type { ListRequest } from '../records/list-request.ts';
import { normalizeDecimal } from '../records/money.ts';
import { sellContext } from '../sell-context.ts';
import { listLineItemRows } from './line-items.repo.ts';
import { loadVisibleOrder } from './load-visible-order.ts';

/** The line items of an order the actor sees; `value` matches the amount whatever its written form ("10.50" is 10.5). */
export async function listLineItems(opCtx: OpContext, orderId: number, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  await loadVisibleOrder(ctx, orderId);
  const { value, ...equals } = request.equals;
  if (value !== undefined) {
    const amount = normalizeDecimal(String(value));
    if (amount === null) throw invalidParam('value', `must be an amount such as 10 or 10.50, given: ${String(value)}`);
    equals.value = amount;
  }
  return listLineItemRows(ctx.sell, ctx.account.id, orderId, { ...request, equals });
}

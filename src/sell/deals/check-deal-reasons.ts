import { checkNamedItem } from '../named-items/check-named-item.ts';
import type { SellContext } from '../sell-context.ts';
import type { ParsedDealInput } from './deal-input.ts';

/** The source and reasons sent on a deal must be this account's, of the right list. */
export async function checkDealReasons(ctx: SellContext, input: ParsedDealInput) {
  await checkNamedItem(ctx.sell, ctx.account.id, 'deal_source', 'source_id', input.source_id);
  await checkNamedItem(ctx.sell, ctx.account.id, 'loss_reason', 'loss_reason_id', input.loss_reason_id);
  await checkNamedItem(ctx.sell, ctx.account.id, 'deal_unqualified_reason', 'unqualified_reason_id', input.unqualified_reason_id);
}

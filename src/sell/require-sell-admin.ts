import { forbidden } from '../platform/http/app-error.ts';
import { isSellAdmin, type SellContext } from './sell-context.ts';

export function requireSellAdmin(ctx: SellContext, what: string) {
  if (!isSellAdmin(ctx)) throw forbidden(`Only a Sell admin can ${what}.`);
}

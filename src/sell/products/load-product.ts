import { notFound } from '../../platform/http/app-error.ts';
import type { SellContext } from '../sell-context.ts';
import { findProduct } from './products.repo.ts';

/** Products are account-wide: every Sell user sees them all. Another account's is a 404. */
export async function loadProduct(ctx: SellContext, id: number) {
  const product = await findProduct(ctx.sell, ctx.account.id, id);
  if (!product) throw notFound('That product');
  return product;
}

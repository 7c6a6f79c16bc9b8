import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadProduct } from './load-product.ts';
import { presentProduct } from './present-products.ts';

export async function getProduct(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  return presentProduct(ctx.sell, ctx.account.id, await loadProduct(ctx, id));
}

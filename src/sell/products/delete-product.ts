import type { OpContext } from '../../platform/context.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import { loadProduct } from './load-product.ts';
import { deleteProductRow } from './products.repo.ts';

/** Only Sell admins take a product out of the catalogue; line items already made from it keep their copy. */
export async function deleteProduct(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'delete a product');
  await loadProduct(ctx, id);
  await ctx.sell.transaction().execute((trx) => deleteProductRow(trx, ctx.account.id, id));
}

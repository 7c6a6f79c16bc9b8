import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { findAccountCurrency } from '../deals/deals.repo.ts';
import { blankField } from '../records/blank-field.ts';
import { sellContext } from '../sell-context.ts';
import type { ProductRow } from '../sell-tables.ts';
import { loadProduct } from './load-product.ts';
import { presentProduct } from './present-products.ts';
import { productInputSchema, type ParsedProductInput, type ProductInput } from './product-input.ts';
import { replacePrices, updateProductRow } from './products.repo.ts';

/**
 * Changes only the fields sent (any Sell user). `prices` sent replaces the whole list; null for
 * `cost`, `cost_currency` or `active` puts back the default.
 */
export async function updateProduct(opCtx: OpContext, id: number, rawInput: ProductInput) {
  const ctx = await sellContext(opCtx);
  const input = productInputSchema.parse(rawInput);
  const before = await loadProduct(ctx, id);
  const sent = <K extends keyof ParsedProductInput & keyof ProductRow>(key: K) => (input[key] !== undefined ? input[key] : before[key]) as ProductRow[K];
  const name = sent('name');
  if (!name) throw blankField('name', 'Enter a name for the product.');
  const costCurrency = input.cost_currency !== undefined ? (input.cost_currency ?? (await findAccountCurrency(ctx.sell, ctx.account.id))) : before.cost_currency;
  const product = await ctx.sell.transaction().execute(async (trx) => {
    const row = await updateProductRow(trx, ctx.account.id, id, {
      name,
      description: sent('description'),
      sku: sent('sku'),
      active: input.active !== undefined ? (input.active === false ? 0 : 1) : before.active,
      cost: input.cost !== undefined ? (input.cost ?? '0') : before.cost,
      cost_currency: costCurrency,
      max_discount: sent('max_discount'),
      max_markup: sent('max_markup'),
      updated_at: nowIso(),
    });
    if (input.prices !== undefined) await replacePrices(trx, ctx.account.id, id, input.prices ?? []);
    return row;
  });
  return presentProduct(ctx.sell, ctx.account.id, product);
}

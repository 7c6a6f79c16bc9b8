import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { findAccountCurrency } from '../deals/deals.repo.ts';
import { blankField } from '../records/blank-field.ts';
import { sellContext } from '../sell-context.ts';
import { presentProduct } from './present-products.ts';
import { productInputSchema, type ProductInput } from './product-input.ts';
import { insertProduct, replacePrices } from './products.repo.ts';

/** Adds a product to the account's catalogue (any Sell user); active unless said otherwise, cost in the account currency by default. */
export async function createProduct(opCtx: OpContext, rawInput: ProductInput) {
  const ctx = await sellContext(opCtx);
  const input = productInputSchema.parse(rawInput);
  if (!input.name) throw blankField('name', 'Enter a name for the product.');
  const costCurrency = input.cost_currency ?? (await findAccountCurrency(ctx.sell, ctx.account.id));
  const product = await ctx.sell.transaction().execute(async (trx) => {
    const now = nowIso();
    const row = await insertProduct(trx, {
      account_id: ctx.account.id,
      name: input.name!,
      description: input.description ?? null,
      sku: input.sku ?? null,
      active: input.active === false ? 0 : 1,
      cost: input.cost ?? '0',
      cost_currency: costCurrency,
      max_discount: input.max_discount ?? null,
      max_markup: input.max_markup ?? null,
      created_at: now,
      updated_at: now,
    });
    await replacePrices(trx, ctx.account.id, row.id, input.prices ?? []);
    return row;
  });
  return presentProduct(ctx.sell, ctx.account.id, product);
}

import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { findPrice, findProduct } from '../products/products.repo.ts';
import { blankField } from '../records/blank-field.ts';
import { sellContext } from '../sell-context.ts';
import { checkVariation } from './check-variation.ts';
import { lineItemInputSchema, type LineItemInput } from './line-item-input.ts';
import { priceWithVariation } from './line-item-value.ts';
import { insertLineItem } from './line-items.repo.ts';
import { loadVisibleOrder } from './load-visible-order.ts';
import { touchOrder } from './orders.repo.ts';

/**
 * Adds an active product to an order the actor sees. Name, sku, description and the price in the
 * line item's currency are copied from the product; without a `value`, it is that price with the
 * variation applied.
 */
export async function createLineItem(opCtx: OpContext, orderId: number, rawInput: LineItemInput) {
  const ctx = await sellContext(opCtx);
  const input = lineItemInputSchema.parse(rawInput);
  if (!input.product_id) throw blankField('product_id', 'Say which product the line item is for.');
  if (!input.currency) throw blankField('currency', 'Give the currency of the line item, such as USD.');
  await loadVisibleOrder(ctx, orderId);
  const product = await findProduct(ctx.sell, ctx.account.id, input.product_id);
  if (!product) throw invalid('product_id', `No product with id ${input.product_id} in this account.`);
  if (!product.active) throw invalid('product_id', `${product.name} is inactive; activate it before selling it.`);
  const price = await findPrice(ctx.sell, ctx.account.id, product.id, input.currency);
  if (!price) throw invalid('currency', `${product.name} has no price in ${input.currency}; add one to the product or use a currency it has.`);
  const variation = input.variation ?? '0';
  checkVariation(product, variation);
  return ctx.sell.transaction().execute(async (trx) => {
    const now = nowIso();
    const item = await insertLineItem(trx, {
      account_id: ctx.account.id,
      order_id: orderId,
      product_id: product.id,
      name: product.name,
      sku: product.sku,
      description: product.description,
      price: price.amount,
      value: input.value ?? priceWithVariation(price.amount, variation),
      variation,
      currency: input.currency!,
      quantity: input.quantity ?? 1,
      created_at: now,
      updated_at: now,
    });
    await touchOrder(trx, ctx.account.id, orderId, now);
    return item;
  });
}

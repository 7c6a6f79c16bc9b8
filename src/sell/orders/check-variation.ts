import { invalid } from '../../platform/http/app-error.ts';
import type { ProductRow } from '../sell-tables.ts';
import { toHundredths } from './line-item-value.ts';

/** A discount may not pass the product's max_discount (nor 100%), a markup its max_markup. */
export function checkVariation(product: ProductRow, variation: string) {
  const v = toHundredths(variation);
  const maxDiscount = product.max_discount ?? 100;
  if (v < -BigInt(maxDiscount) * 100n) throw invalid('variation', `${product.name} allows a discount of at most ${maxDiscount}%.`);
  if (product.max_markup !== null && v > BigInt(product.max_markup) * 100n) {
    throw invalid('variation', `${product.name} allows a markup of at most ${product.max_markup}%.`);
  }
}

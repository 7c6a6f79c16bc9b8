import { apiTime } from '../records/api-time.ts';
import type { LineItemRow } from '../sell-tables.ts';

/** A line item as the Sell API shows it: amounts as decimal strings. */
export function toLineItemView(li: LineItemRow) {
  return {
    id: li.id,
    product_id: li.product_id,
    name: li.name,
    sku: li.sku,
    description: li.description,
    price: li.price,
    value: li.value,
    variation: li.variation,
    currency: li.currency,
    quantity: li.quantity,
    created_at: apiTime(li.created_at),
    updated_at: apiTime(li.updated_at),
  };
}

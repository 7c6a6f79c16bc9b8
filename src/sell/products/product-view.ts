import { apiTime } from '../records/api-time.ts';
import type { ProductRow } from '../sell-tables.ts';
import type { Price } from './products.repo.ts';

/** A product as the Sell API shows it: amounts as decimal strings, never floats. */
export function toProductView(p: ProductRow, prices: Price[]) {
  return {
    id: p.id,
    name: p.name,
    description: p.description,
    sku: p.sku,
    active: p.active === 1,
    cost: p.cost,
    cost_currency: p.cost_currency,
    prices,
    max_discount: p.max_discount,
    max_markup: p.max_markup,
    created_at: apiTime(p.created_at),
    updated_at: apiTime(p.updated_at),
  };
}
export type ProductView = ReturnType<typeof toProductView>;

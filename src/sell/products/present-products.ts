import type { ProductRow, SellExecutor } from '../sell-tables.ts';
import { toProductView, type ProductView } from './product-view.ts';
import { readPrices } from './products.repo.ts';

/** Stored products with their price lists (one query for all of them), as the API shows them. */
export async function presentProducts(db: SellExecutor, accountId: number, rows: ProductRow[]): Promise<ProductView[]> {
  const prices = await readPrices(db, accountId, rows.map((r) => r.id));
  return rows.map((row) => toProductView(row, prices.get(row.id) ?? []));
}

export async function presentProduct(db: SellExecutor, accountId: number, row: ProductRow): Promise<ProductView> {
  return (await presentProducts(db, accountId, [row]))[0]!;
}

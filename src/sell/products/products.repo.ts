import { sql, type Insertable, type Updateable } from 'kysely';
import { pageRows } from '../records/page-rows.ts';
import type { ListRequest } from '../records/list-request.ts';
import type { ProductRow, SellExecutor, SellTables } from '../sell-tables.ts';

export type Price = { amount: string; currency: string };

export function findProduct(db: SellExecutor, accountId: number, id: number): Promise<ProductRow | undefined> {
  return db.selectFrom('sell_products').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function insertProduct(db: SellExecutor, values: Insertable<SellTables['sell_products']>) {
  return db.insertInto('sell_products').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateProductRow(db: SellExecutor, accountId: number, id: number, values: Updateable<SellTables['sell_products']>) {
  return db.updateTable('sell_products').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** A product goes with its prices; line items made from it keep their copied name and price. */
export async function deleteProductRow(db: SellExecutor, accountId: number, id: number) {
  await db.deleteFrom('sell_product_prices').where('account_id', '=', accountId).where('product_id', '=', id).execute();
  await db.deleteFrom('sell_products').where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Replaces a product's whole price list, keeping the order given. */
export async function replacePrices(db: SellExecutor, accountId: number, productId: number, prices: Price[]) {
  await db.deleteFrom('sell_product_prices').where('account_id', '=', accountId).where('product_id', '=', productId).execute();
  if (prices.length === 0) return;
  await db
    .insertInto('sell_product_prices')
    .values(prices.map((p, position) => ({ account_id: accountId, product_id: productId, currency: p.currency, amount: p.amount, position })))
    .execute();
}

/** The price lists of many products in one query. */
export async function readPrices(db: SellExecutor, accountId: number, productIds: number[]): Promise<Map<number, Price[]>> {
  const byProduct = new Map<number, Price[]>(productIds.map((id) => [id, []]));
  if (productIds.length === 0) return byProduct;
  const rows = await db
    .selectFrom('sell_product_prices')
    .select(['product_id', 'amount', 'currency'])
    .where('account_id', '=', accountId)
    .where('product_id', 'in', productIds)
    .orderBy('product_id')
    .orderBy('position')
    .execute();
  for (const row of rows) byProduct.get(row.product_id)?.push({ amount: row.amount, currency: row.currency });
  return byProduct;
}

export function findPrice(db: SellExecutor, accountId: number, productId: number, currency: string) {
  return db
    .selectFrom('sell_product_prices')
    .select(['amount', 'currency'])
    .where('account_id', '=', accountId)
    .where('product_id', '=', productId)
    .where('currency', '=', currency)
    .executeTakeFirst();
}

/** The account's products; `name` matches whatever its letter case. */
export function listProductRows(db: SellExecutor, accountId: number, request: ListRequest) {
  const { name, ...equals } = request.equals;
  let query = db.selectFrom('sell_products').selectAll().where('sell_products.account_id', '=', accountId);
  if (typeof name === 'string') query = query.where(sql`lower(sell_products.name)`, '=', name.trim().toLowerCase());
  return pageRows(query, 'sell_products', { ...request, equals });
}

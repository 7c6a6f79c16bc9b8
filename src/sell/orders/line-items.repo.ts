import type { Insertable } from 'kysely';
import { pageRows } from '../records/page-rows.ts';
import type { ListRequest } from '../records/list-request.ts';
import type { LineItemRow, SellExecutor, SellTables } from '../sell-tables.ts';

export function findLineItem(db: SellExecutor, accountId: number, orderId: number, id: number): Promise<LineItemRow | undefined> {
  return db.selectFrom('sell_line_items').selectAll().where('account_id', '=', accountId).where('order_id', '=', orderId).where('id', '=', id).executeTakeFirst();
}

export function insertLineItem(db: SellExecutor, values: Insertable<SellTables['sell_line_items']>) {
  return db.insertInto('sell_line_items').values(values).returningAll().executeTakeFirstOrThrow();
}

export function deleteLineItemRow(db: SellExecutor, accountId: number, orderId: number, id: number) {
  return db.deleteFrom('sell_line_items').where('account_id', '=', accountId).where('order_id', '=', orderId).where('id', '=', id).execute();
}

export function listLineItemRows(db: SellExecutor, accountId: number, orderId: number, request: ListRequest) {
  const query = db.selectFrom('sell_line_items').selectAll().where('sell_line_items.account_id', '=', accountId).where('sell_line_items.order_id', '=', orderId);
  return pageRows(query, 'sell_line_items', request);
}

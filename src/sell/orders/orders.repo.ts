import type { Insertable, Updateable } from 'kysely';
import { pageRows } from '../records/page-rows.ts';
import type { ListRequest } from '../records/list-request.ts';
import type { OrderRow, SellExecutor, SellTables } from '../sell-tables.ts';
import type { Visibility } from '../visibility.ts';
import { recordInView } from '../records/visibility-conditions.ts';

export function findOrder(db: SellExecutor, accountId: number, id: number): Promise<OrderRow | undefined> {
  return db.selectFrom('sell_orders').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function findOrderOfDeal(db: SellExecutor, accountId: number, dealId: number): Promise<OrderRow | undefined> {
  return db.selectFrom('sell_orders').selectAll().where('account_id', '=', accountId).where('deal_id', '=', dealId).executeTakeFirst();
}

export function insertOrder(db: SellExecutor, values: Insertable<SellTables['sell_orders']>) {
  return db.insertInto('sell_orders').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateOrderRow(db: SellExecutor, accountId: number, id: number, values: Updateable<SellTables['sell_orders']>) {
  return db.updateTable('sell_orders').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Adding or removing a line item changes the order. */
export function touchOrder(db: SellExecutor, accountId: number, id: number, at: string) {
  return db.updateTable('sell_orders').set({ updated_at: at }).where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** An order goes with its line items. */
export async function deleteOrderRow(db: SellExecutor, accountId: number, id: number) {
  await db.deleteFrom('sell_line_items').where('account_id', '=', accountId).where('order_id', '=', id).execute();
  await db.deleteFrom('sell_orders').where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Orders of the deals the actor sees. */
export function listOrderRows(db: SellExecutor, accountId: number, visibility: Visibility, request: ListRequest) {
  let query = db.selectFrom('sell_orders').selectAll().where('sell_orders.account_id', '=', accountId);
  if (!visibility.all) {
    query = query.where('sell_orders.deal_id', 'in', (eb) =>
      eb
        .selectFrom('sell_deals')
        .select('sell_deals.id')
        .where('sell_deals.account_id', '=', accountId)
        .where((inner) => recordInView(inner, 'sell_deals', 'deal', visibility)),
    );
  }
  return pageRows(query, 'sell_orders', request);
}

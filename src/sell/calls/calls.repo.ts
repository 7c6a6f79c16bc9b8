import { sql, type Insertable, type Updateable } from 'kysely';
import { pageRows } from '../records/page-rows.ts';
import type { ListRequest } from '../records/list-request.ts';
import { attachedToVisible, ownedInView } from '../records/visibility-conditions.ts';
import type { CallRow, SellExecutor, SellTables } from '../sell-tables.ts';
import type { Visibility } from '../visibility.ts';

export function findCall(db: SellExecutor, accountId: number, id: number): Promise<CallRow | undefined> {
  return db.selectFrom('sell_calls').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function insertCall(db: SellExecutor, values: Insertable<SellTables['sell_calls']>) {
  return db.insertInto('sell_calls').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateCallRow(db: SellExecutor, accountId: number, id: number, values: Updateable<SellTables['sell_calls']>) {
  return db.updateTable('sell_calls').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** A call goes with its deal associations (the deals stay). */
export async function deleteCallRow(db: SellExecutor, accountId: number, id: number) {
  await db.deleteFrom('sell_call_deals').where('account_id', '=', accountId).where('call_id', '=', id).execute();
  await db.deleteFrom('sell_calls').where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Replaces the deals a call is associated with. */
export async function replaceCallDeals(db: SellExecutor, accountId: number, callId: number, dealIds: number[]) {
  await db.deleteFrom('sell_call_deals').where('account_id', '=', accountId).where('call_id', '=', callId).execute();
  if (dealIds.length === 0) return;
  await db.insertInto('sell_call_deals').values(dealIds.map((dealId) => ({ account_id: accountId, call_id: callId, deal_id: dealId }))).execute();
}

/** The associated deal ids of many calls in one query, in id order. */
export async function readCallDeals(db: SellExecutor, accountId: number, callIds: number[]): Promise<Map<number, number[]>> {
  const byCall = new Map<number, number[]>(callIds.map((id) => [id, []]));
  if (callIds.length === 0) return byCall;
  const rows = await db
    .selectFrom('sell_call_deals')
    .select(['call_id', 'deal_id'])
    .where('account_id', '=', accountId)
    .where('call_id', 'in', callIds)
    .orderBy('call_id')
    .orderBy('deal_id')
    .execute();
  for (const row of rows) byCall.get(row.call_id)?.push(row.deal_id);
  return byCall;
}

/** Calls on records the actor sees, plus calls on no record made by users whose records they see. */
export function listCallRows(db: SellExecutor, accountId: number, visibility: Visibility, request: ListRequest) {
  const query = db
    .selectFrom('sell_calls')
    .selectAll()
    .where('sell_calls.account_id', '=', accountId)
    .where((eb) =>
      visibility.all
        ? sql<boolean>`1 = 1`
        : eb.or([attachedToVisible(eb, 'sell_calls', visibility), eb.and([eb('sell_calls.resource_type', 'is', null), ownedInView(eb, 'sell_calls.user_id', visibility)])]),
    );
  return pageRows(query, 'sell_calls', request);
}

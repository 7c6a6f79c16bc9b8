import type { Insertable, Selectable } from 'kysely';
import { pageRows } from '../records/page-rows.ts';
import type { ListRequest } from '../records/list-request.ts';
import type { SellExecutor, SellTables } from '../sell-tables.ts';

export type CallOutcomeRow = Selectable<SellTables['sell_call_outcomes']>;

export function findCallOutcome(db: SellExecutor, accountId: number, id: number) {
  return db.selectFrom('sell_call_outcomes').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export async function hasCallOutcomes(db: SellExecutor, accountId: number): Promise<boolean> {
  return (await db.selectFrom('sell_call_outcomes').select('id').where('account_id', '=', accountId).limit(1).executeTakeFirst()) !== undefined;
}

export function insertCallOutcomes(db: SellExecutor, values: Insertable<SellTables['sell_call_outcomes']>[]) {
  return db.insertInto('sell_call_outcomes').values(values).execute();
}

export function listCallOutcomeRows(db: SellExecutor, accountId: number, request: ListRequest) {
  const query = db.selectFrom('sell_call_outcomes').selectAll().where('sell_call_outcomes.account_id', '=', accountId);
  return pageRows(query, 'sell_call_outcomes', request);
}

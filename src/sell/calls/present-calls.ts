import type { CallRow, SellExecutor } from '../sell-tables.ts';
import { toCallView, type CallView } from './call-view.ts';
import { readCallDeals } from './calls.repo.ts';

/** Stored calls with their associated deals (one query for all of them), as the API shows them. */
export async function presentCalls(db: SellExecutor, accountId: number, rows: CallRow[]): Promise<CallView[]> {
  const deals = await readCallDeals(db, accountId, rows.map((r) => r.id));
  return rows.map((row) => toCallView(row, deals.get(row.id) ?? []));
}

export async function presentCall(db: SellExecutor, accountId: number, row: CallRow): Promise<CallView> {
  return (await presentCalls(db, accountId, [row]))[0]!;
}

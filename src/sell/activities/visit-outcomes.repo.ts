import type { Selectable } from 'kysely';
import type { ListRequest } from '../records/list-request.ts';
import type { SellExecutor, SellTables } from '../sell-tables.ts';
import { pageRows } from '../records/page-rows.ts';

export type VisitOutcomeRow = Selectable<SellTables['sell_visit_outcomes']>;

export function listVisitOutcomeRows(db: SellExecutor, accountId: number, request: ListRequest) {
  const query = db.selectFrom('sell_visit_outcomes').selectAll().where('sell_visit_outcomes.account_id', '=', accountId);
  return pageRows(query, 'sell_visit_outcomes', request);
}

import type { Selectable } from 'kysely';
import type { ListRequest } from '../records/list-request.ts';
import { attachedToVisible } from '../records/visibility-conditions.ts';
import type { SellExecutor, SellTables } from '../sell-tables.ts';
import type { Visibility } from '../visibility.ts';
import { pageRows } from '../records/page-rows.ts';

export type VisitRow = Selectable<SellTables['sell_visits']>;

/** Visits to records the actor sees. */
export function listVisitRows(db: SellExecutor, accountId: number, visibility: Visibility, request: ListRequest) {
  const query = db
    .selectFrom('sell_visits')
    .selectAll()
    .where('sell_visits.account_id', '=', accountId)
    .where((eb) => attachedToVisible(eb, 'sell_visits', visibility));
  return pageRows(query, 'sell_visits', request);
}

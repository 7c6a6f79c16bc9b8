import type { SellExecutor } from '../sell-tables.ts';

export function listLeadStatuses(db: SellExecutor, accountId: number) {
  return db.selectFrom('sell_lead_statuses').selectAll().where('account_id', '=', accountId).orderBy('position').orderBy('id').execute();
}

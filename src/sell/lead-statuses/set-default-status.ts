import type { SellExecutor } from '../sell-tables.ts';

/** Exactly one status is the default (O-2): marking one clears the others. */
export async function setDefaultStatus(db: SellExecutor, accountId: number, statusId: number) {
  await db.updateTable('sell_lead_statuses').set({ is_default: 0 }).where('account_id', '=', accountId).execute();
  await db.updateTable('sell_lead_statuses').set({ is_default: 1 }).where('account_id', '=', accountId).where('id', '=', statusId).execute();
}

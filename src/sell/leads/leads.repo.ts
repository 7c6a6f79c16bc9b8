import type { Insertable, Updateable } from 'kysely';
import type { LeadRow, SellExecutor, SellTables } from '../sell-tables.ts';

export function findLead(db: SellExecutor, accountId: number, id: number): Promise<LeadRow | undefined> {
  return db.selectFrom('sell_leads').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function insertLead(db: SellExecutor, values: Insertable<SellTables['sell_leads']>) {
  return db.insertInto('sell_leads').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateLeadRow(db: SellExecutor, accountId: number, id: number, values: Updateable<SellTables['sell_leads']>) {
  return db.updateTable('sell_leads').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function deleteLeadRow(db: SellExecutor, accountId: number, id: number) {
  return db.deleteFrom('sell_leads').where('account_id', '=', accountId).where('id', '=', id).execute();
}

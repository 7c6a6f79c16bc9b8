import type { Insertable, Updateable } from 'kysely';
import type { DealRow, SellExecutor, SellTables } from '../sell-tables.ts';

export function findDeal(db: SellExecutor, accountId: number, id: number): Promise<DealRow | undefined> {
  return db.selectFrom('sell_deals').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function insertDeal(db: SellExecutor, values: Insertable<SellTables['sell_deals']>) {
  return db.insertInto('sell_deals').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateDealRow(db: SellExecutor, accountId: number, id: number, values: Updateable<SellTables['sell_deals']>) {
  return db.updateTable('sell_deals').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/**
 * Deals whose primary contact is this person follow it into its (new) organization, as a deal's
 * organization is always its contact's. Returns the deals that changed, so each can be announced.
 */
export async function moveDealsWithContact(db: SellExecutor, accountId: number, contactId: number, organizationId: number | null, at: string): Promise<number[]> {
  const rows = await db
    .updateTable('sell_deals')
    .set({ organization_id: organizationId, updated_at: at })
    .where('account_id', '=', accountId)
    .where('contact_id', '=', contactId)
    .where((eb) =>
      organizationId === null ? eb('organization_id', 'is not', null) : eb.or([eb('organization_id', 'is', null), eb('organization_id', '!=', organizationId)]),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** A deal goes with its associated contacts. */
export async function deleteDealRow(db: SellExecutor, accountId: number, id: number) {
  await db.deleteFrom('sell_deal_contacts').where('account_id', '=', accountId).where('deal_id', '=', id).execute();
  await db.deleteFrom('sell_deals').where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** The currency a deal gets when none is given: the account's Sell currency. */
export async function findAccountCurrency(db: SellExecutor, accountId: number): Promise<string> {
  const settings = await db.selectFrom('sell_settings').select('currency').where('account_id', '=', accountId).executeTakeFirst();
  return settings?.currency ?? 'USD';
}

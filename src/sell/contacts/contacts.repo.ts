import { sql, type Insertable, type Updateable } from 'kysely';
import type { ContactRow, ResourceType, SellExecutor, SellTables } from '../sell-tables.ts';

export function findContact(db: SellExecutor, accountId: number, id: number): Promise<ContactRow | undefined> {
  return db.selectFrom('sell_contacts').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** Organizations with this name in any letter case, oldest first. */
export function findOrganizationsNamed(db: SellExecutor, accountId: number, name: string): Promise<ContactRow[]> {
  return db
    .selectFrom('sell_contacts')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('is_organization', '=', 1)
    .where(sql`lower(name)`, '=', name.trim().toLowerCase())
    .orderBy('id')
    .execute();
}

export function insertContact(db: SellExecutor, values: Insertable<SellTables['sell_contacts']>) {
  return db.insertInto('sell_contacts').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateContactRow(db: SellExecutor, accountId: number, id: number, values: Updateable<SellTables['sell_contacts']>) {
  return db.updateTable('sell_contacts').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/**
 * Unlinks what points at a contact about to go: people and organizations under it, deals whose
 * contact or organization it is. Returns the records that changed, so each change can be announced.
 */
export async function detachFromContact(db: SellExecutor, accountId: number, id: number, at: string): Promise<{ resourceType: ResourceType; resourceId: number }[]> {
  const contacts = await db
    .updateTable('sell_contacts')
    .set({ contact_id: null, updated_at: at })
    .where('account_id', '=', accountId)
    .where('contact_id', '=', id)
    .returning('id')
    .execute();
  const deals = new Set<number>();
  for (const column of ['contact_id', 'organization_id'] as const) {
    const rows = await db
      .updateTable('sell_deals')
      .set({ [column]: null, updated_at: at })
      .where('account_id', '=', accountId)
      .where(column, '=', id)
      .returning('id')
      .execute();
    for (const row of rows) deals.add(row.id);
  }
  return [
    ...contacts.map((c) => ({ resourceType: 'contact' as const, resourceId: c.id })),
    ...[...deals].map((resourceId) => ({ resourceType: 'deal' as const, resourceId })),
  ];
}

/** The contact's deal associations go with it (the foreign key cascades). */
export function deleteContactRow(db: SellExecutor, accountId: number, id: number) {
  return db.deleteFrom('sell_contacts').where('account_id', '=', accountId).where('id', '=', id).execute();
}

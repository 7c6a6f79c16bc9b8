import type { Insertable, Selectable } from 'kysely';
import type { NamedItemKind, SellExecutor, SellTables } from '../sell-tables.ts';

export type NamedItemRow = Selectable<SellTables['sell_named_items']>;

export function findNamedItem(db: SellExecutor, accountId: number, kind: NamedItemKind, id: number) {
  return db.selectFrom('sell_named_items').selectAll().where('account_id', '=', accountId).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
}

export function findNamedItemByName(db: SellExecutor, accountId: number, kind: NamedItemKind, name: string) {
  return db
    .selectFrom('sell_named_items')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('kind', '=', kind)
    .where('name_lower', '=', name.trim().toLowerCase())
    .executeTakeFirst();
}

export function insertNamedItem(db: SellExecutor, values: Insertable<SellTables['sell_named_items']>) {
  return db.insertInto('sell_named_items').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateNamedItemRow(db: SellExecutor, accountId: number, id: number, name: string, at: string) {
  return db
    .updateTable('sell_named_items')
    .set({ name, name_lower: name.toLowerCase(), updated_at: at })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function deleteNamedItemRow(db: SellExecutor, accountId: number, id: number) {
  return db.deleteFrom('sell_named_items').where('account_id', '=', accountId).where('id', '=', id).execute();
}

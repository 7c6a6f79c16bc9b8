import type { Insertable, Selectable } from 'kysely';
import type { SellExecutor, SellTables } from '../sell-tables.ts';

export type NoteRow = Selectable<SellTables['sell_notes']>;

export function findNote(db: SellExecutor, accountId: number, id: number) {
  return db.selectFrom('sell_notes').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function insertNote(db: SellExecutor, values: Insertable<SellTables['sell_notes']>) {
  return db.insertInto('sell_notes').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateNoteContent(db: SellExecutor, accountId: number, id: number, content: string, at: string) {
  return db.updateTable('sell_notes').set({ content, updated_at: at }).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function deleteNoteRow(db: SellExecutor, accountId: number, id: number) {
  return db.deleteFrom('sell_notes').where('account_id', '=', accountId).where('id', '=', id).execute();
}

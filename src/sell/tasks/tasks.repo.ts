import type { Insertable, Selectable, Updateable } from 'kysely';
import type { SellExecutor, SellTables } from '../sell-tables.ts';

export type TaskRow = Selectable<SellTables['sell_tasks']>;

export function findTask(db: SellExecutor, accountId: number, id: number) {
  return db.selectFrom('sell_tasks').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function insertTask(db: SellExecutor, values: Insertable<SellTables['sell_tasks']>) {
  return db.insertInto('sell_tasks').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateTaskRow(db: SellExecutor, accountId: number, id: number, values: Updateable<SellTables['sell_tasks']>) {
  return db.updateTable('sell_tasks').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function deleteTaskRow(db: SellExecutor, accountId: number, id: number) {
  return db.deleteFrom('sell_tasks').where('account_id', '=', accountId).where('id', '=', id).execute();
}

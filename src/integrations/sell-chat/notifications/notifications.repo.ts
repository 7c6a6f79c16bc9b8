import type { Insertable } from 'kysely';
import type { SellChatExecutor, SellChatTables } from '../sell-chat-tables.ts';

export function insertNotification(db: SellChatExecutor, values: Insertable<SellChatTables['sell_chat_notifications']>) {
  return db.insertInto('sell_chat_notifications').values(values).returningAll().executeTakeFirstOrThrow();
}

export function listNotificationRows(db: SellChatExecutor, accountId: number, userId: number, beforeId: number | null, limit: number, unreadOnly: boolean) {
  let query = db.selectFrom('sell_chat_notifications').selectAll().where('account_id', '=', accountId).where('user_id', '=', userId);
  if (beforeId !== null) query = query.where('id', '<', beforeId);
  if (unreadOnly) query = query.where('read_at', 'is', null);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

export async function countUnread(db: SellChatExecutor, accountId: number, userId: number): Promise<number> {
  const row = await db
    .selectFrom('sell_chat_notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one (or, with id null, every) unread notification of the user read; returns how many changed. */
export async function markRead(db: SellChatExecutor, accountId: number, userId: number, id: number | null, at: string): Promise<number> {
  let query = db.updateTable('sell_chat_notifications').set({ read_at: at }).where('account_id', '=', accountId).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== null) query = query.where('id', '=', id);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

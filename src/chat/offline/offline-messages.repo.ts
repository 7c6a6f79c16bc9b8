import type { Insertable } from 'kysely';
import type { ChatExecutor, ChatTables, OfflineMessageRow } from '../chat-tables.ts';

export function insertOfflineMessage(db: ChatExecutor, values: Insertable<ChatTables['chat_offline_messages']>): Promise<OfflineMessageRow> {
  return db.insertInto('chat_offline_messages').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findOfflineMessages(db: ChatExecutor, accountId: number, ids: string[]): Promise<OfflineMessageRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('chat_offline_messages').selectAll().where('account_id', '=', accountId).where('id', 'in', ids).execute();
}

/** Newest first, one page. */
export function listOfflineMessageRows(db: ChatExecutor, accountId: number, options: { unreadOnly: boolean; limit: number; offset: number }) {
  let query = db.selectFrom('chat_offline_messages').selectAll().where('account_id', '=', accountId);
  if (options.unreadOnly) query = query.where('unread', '=', 1);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute();
}

export async function countUnreadOfflineMessages(db: ChatExecutor, accountId: number): Promise<number> {
  const row = await db
    .selectFrom('chat_offline_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('account_id', '=', accountId)
    .where('unread', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function setOfflineMessageRead(db: ChatExecutor, accountId: number, id: string, read: { by: number | null; at: string } | null) {
  return db
    .updateTable('chat_offline_messages')
    .set(read ? { unread: 0, read_by_id: read.by, read_at: read.at } : { unread: 1, read_by_id: null, read_at: null })
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export async function deleteOfflineMessageRows(db: ChatExecutor, accountId: number, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('chat_offline_messages').where('account_id', '=', accountId).where('id', 'in', ids).execute();
}

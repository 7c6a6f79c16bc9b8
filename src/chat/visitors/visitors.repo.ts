import type { Updateable } from 'kysely';
import type { ChatExecutor, ChatTables, VisitorRow } from '../chat-tables.ts';

export function findVisitor(db: ChatExecutor, accountId: number, id: number): Promise<VisitorRow | undefined> {
  return db.selectFrom('chat_visitors').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function updateVisitorRow(db: ChatExecutor, accountId: number, id: number, values: Updateable<ChatTables['chat_visitors']>): Promise<VisitorRow> {
  return db.updateTable('chat_visitors').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The visitor of this key, made on first sight; every later visit refreshes when and from where. */
export function upsertVisitorByKey(
  db: ChatExecutor,
  values: Pick<VisitorRow, 'account_id' | 'key_hash' | 'user_agent' | 'ip' | 'created_at' | 'last_seen_at'>,
): Promise<VisitorRow> {
  return db
    .insertInto('chat_visitors')
    .values({ ...values, name: null, email: null, phone: null, page_url: null, page_title: null })
    .onConflict((oc) =>
      oc.columns(['account_id', 'key_hash']).doUpdateSet({ user_agent: values.user_agent, ip: values.ip, last_seen_at: values.last_seen_at }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

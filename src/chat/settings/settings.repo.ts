import type { Insertable } from 'kysely';
import type { ChatExecutor, ChatTables, SettingsRow } from '../chat-tables.ts';

export function findSettings(db: ChatExecutor, accountId: number): Promise<SettingsRow | undefined> {
  return db.selectFrom('chat_settings').selectAll().where('account_id', '=', accountId).executeTakeFirst();
}

export function upsertSettings(db: ChatExecutor, values: Insertable<ChatTables['chat_settings']>): Promise<SettingsRow> {
  const { account_id: _key, ...changes } = values;
  return db
    .insertInto('chat_settings')
    .values(values)
    .onConflict((oc) => oc.column('account_id').doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

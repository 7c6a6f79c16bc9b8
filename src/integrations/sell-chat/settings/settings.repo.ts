import type { Insertable, Kysely, Updateable } from 'kysely';
import { reusableQuery } from '../../../platform/db/reusable-query.ts';
import type { OwnerEntryKind, SellChatDatabase, SellChatExecutor, SellChatTables } from '../sell-chat-tables.ts';

type SettingsTable = SellChatTables['sell_chat_settings'];

// Compiled once: every card and every lead made from a chat reads the settings.
const settingsRow = reusableQuery((db: Kysely<SellChatDatabase>, accountId: number) => db.selectFrom('sell_chat_settings').selectAll().where('account_id', '=', accountId));
const ownerEntryRows = reusableQuery((db: Kysely<SellChatDatabase>, accountId: number) =>
  db.selectFrom('sell_chat_owner_entries').selectAll().where('account_id', '=', accountId).orderBy('position'),
);

export async function findSettingsRow(db: SellChatExecutor, accountId: number) {
  return (await settingsRow(db, accountId)).rows[0];
}

/** Creates the account's row on first write; later writes change only the columns given. */
export async function upsertSettingsRow(db: SellChatExecutor, row: Insertable<SettingsTable>, changes: Updateable<SettingsTable>) {
  await db
    .insertInto('sell_chat_settings')
    .values(row)
    .onConflict((oc) => oc.column('account_id').doUpdateSet(changes))
    .execute();
}

export async function listOwnerEntryRows(db: SellChatExecutor, accountId: number) {
  return (await ownerEntryRows(db, accountId)).rows;
}

export async function replaceOwnerEntryRows(db: SellChatExecutor, accountId: number, entries: { kind: OwnerEntryKind; id: number }[]) {
  await db.deleteFrom('sell_chat_owner_entries').where('account_id', '=', accountId).execute();
  if (entries.length === 0) return;
  await db
    .insertInto('sell_chat_owner_entries')
    .values(entries.map((e, position) => ({ account_id: accountId, kind: e.kind, ref_id: e.id, position })))
    .execute();
}

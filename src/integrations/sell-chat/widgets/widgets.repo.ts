import type { Kysely } from 'kysely';
import { reusableQuery } from '../../../platform/db/reusable-query.ts';
import type { SellChatDatabase, SellChatExecutor, WidgetName } from '../sell-chat-tables.ts';

// Compiled once: every card reads the published fields.
const widgetRows = reusableQuery((db: Kysely<SellChatDatabase>, accountId: number) => db.selectFrom('sell_chat_widgets').selectAll().where('account_id', '=', accountId));

export async function listWidgetRows(db: SellChatExecutor, accountId: number) {
  return (await widgetRows(db, accountId)).rows;
}

export function findWidgetRow(db: SellChatExecutor, accountId: number, widget: WidgetName) {
  return db.selectFrom('sell_chat_widgets').selectAll().where('account_id', '=', accountId).where('widget', '=', widget).executeTakeFirst();
}

export async function saveDraftRow(db: SellChatExecutor, accountId: number, widget: WidgetName, fields: string[], publishedFields: string[], userId: number, at: string) {
  const draft = JSON.stringify(fields);
  await db
    .insertInto('sell_chat_widgets')
    .values({
      account_id: accountId,
      widget,
      draft_fields: draft,
      published_fields: JSON.stringify(publishedFields),
      edited_at: at,
      edited_by_id: userId,
      published_at: null,
      published_by_id: null,
    })
    .onConflict((oc) => oc.columns(['account_id', 'widget']).doUpdateSet({ draft_fields: draft, edited_at: at, edited_by_id: userId }))
    .execute();
}

export async function publishRow(db: SellChatExecutor, accountId: number, widget: WidgetName, fields: string[], userId: number, at: string) {
  const json = JSON.stringify(fields);
  await db
    .insertInto('sell_chat_widgets')
    .values({
      account_id: accountId,
      widget,
      draft_fields: json,
      published_fields: json,
      edited_at: at,
      edited_by_id: userId,
      published_at: at,
      published_by_id: userId,
    })
    .onConflict((oc) => oc.columns(['account_id', 'widget']).doUpdateSet({ published_fields: json, published_at: at, published_by_id: userId }))
    .execute();
}

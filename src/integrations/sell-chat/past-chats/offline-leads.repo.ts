import type { SellChatExecutor } from '../sell-chat-tables.ts';

/**
 * Claims an offline message for a lead (B-2): true for the one caller whose row went in. Another
 * transaction holding the same claim makes this one wait until it ends; if it committed, the claim is
 * taken and nothing is inserted (on both databases, without an error that would end the transaction).
 */
export async function claimOfflineMessage(db: SellChatExecutor, accountId: number, offlineMessageId: string, at: string): Promise<boolean> {
  const row = await db
    .insertInto('sell_chat_offline_leads')
    .values({ account_id: accountId, offline_message_id: offlineMessageId, lead_id: null, created_at: at })
    .onConflict((oc) => oc.columns(['account_id', 'offline_message_id']).doNothing())
    .returning('offline_message_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function setOfflineMessageLead(db: SellChatExecutor, accountId: number, offlineMessageId: string, leadId: number): Promise<void> {
  await db.updateTable('sell_chat_offline_leads').set({ lead_id: leadId }).where('account_id', '=', accountId).where('offline_message_id', '=', offlineMessageId).execute();
}

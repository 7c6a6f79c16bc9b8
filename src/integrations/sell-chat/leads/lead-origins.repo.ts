import type { SellChatExecutor } from '../sell-chat-tables.ts';

export function insertLeadOrigin(db: SellChatExecutor, values: { account_id: number; lead_id: number; chat_id: string; agent_id: number; created_at: string }) {
  return db.insertInto('sell_chat_lead_origins').values(values).execute();
}

export function leadsMadeFromChat(db: SellChatExecutor, accountId: number, chatId: string) {
  return db.selectFrom('sell_chat_lead_origins').select(['lead_id', 'created_at']).where('account_id', '=', accountId).where('chat_id', '=', chatId).orderBy('lead_id').execute();
}

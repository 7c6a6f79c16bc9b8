import { chatContext, type ChatContext, type ChatServices } from '../../../chat/index.ts';
import { findAccountById } from '../../../platform/accounts/accounts.repo.ts';
import type { Db } from '../../../platform/db/connect.ts';
import type { FeedProjectionContext, FeedRecordRef, SellFeedLive } from '../../../sell/index.ts';
import { sellChatDb } from '../sell-chat-tables.ts';
import { findSettingsRow } from '../settings/settings.repo.ts';

/** What the past-chats projection works with: the system's access to Chat and Sell, and Sell's live feeds. */
export type PastChatsServices = { db: Db; chatServices: ChatServices; feedLive: SellFeedLive };

/**
 * One account's projection step. The projection is the system, not a user (it reads every chat and
 * writes every matching record's feed); who then sees a feed item is Sell's decision.
 */
export type PastChatsContext = {
  accountId: number;
  /** S-10: new chat items are made only while past chats are on; existing ones are kept up to date either way. */
  enabled: boolean;
  chat: ChatContext;
  sell: FeedProjectionContext;
  /** Tells the open feeds of these records that they changed (O-8). */
  changed: (records: FeedRecordRef[]) => void;
};

/** The context for one account, or undefined when the account is gone. */
export async function pastChatsContext(services: PastChatsServices, accountId: number): Promise<PastChatsContext | undefined> {
  const account = await findAccountById(services.db.kysely, accountId);
  if (!account) return undefined;
  const settings = await findSettingsRow(sellChatDb(services.db), accountId);
  return {
    accountId,
    enabled: settings?.past_chats_enabled === 1,
    chat: chatContext(services.chatServices, account, { kind: 'system' }),
    sell: { db: services.db, accountId },
    changed: (records) => {
      if (records.length) services.feedLive.changed(accountId, records);
    },
  };
}

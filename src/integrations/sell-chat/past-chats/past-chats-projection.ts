import type { Kysely } from 'kysely';
import { chatContext, type ChatContext, type ChatServices } from '../../../chat/index.ts';
import { findAccountById, type AccountRow } from '../../../platform/accounts/accounts.repo.ts';
import type { Db } from '../../../platform/db/connect.ts';
import { reusableQuery } from '../../../platform/db/reusable-query.ts';
import { TtlCache } from '../../../platform/ttl-cache.ts';
import type { FeedProjectionContext, FeedRecordRef, SellFeedLive } from '../../../sell/index.ts';
import { sellChatDb, type SellChatDatabase } from '../sell-chat-tables.ts';

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

// Every chat message comes through here: the account row is cached, the setting read by a compiled query.
const accounts = new TtlCache<number, AccountRow>(60_000);
const pastChatsSetting = reusableQuery((db: Kysely<SellChatDatabase>, accountId: number) =>
  db.selectFrom('sell_chat_settings').select('past_chats_enabled').where('account_id', '=', accountId),
);

/** The context for one account, or undefined when the account is gone. */
export async function pastChatsContext(services: PastChatsServices, accountId: number): Promise<PastChatsContext | undefined> {
  const account = accounts.get(accountId) ?? (await findAccountById(services.db.kysely, accountId));
  if (!account) return undefined;
  accounts.set(accountId, account);
  const setting = (await pastChatsSetting(sellChatDb(services.db), accountId)).rows[0];
  return {
    accountId,
    enabled: setting?.past_chats_enabled === 1,
    chat: chatContext(services.chatServices, account, { kind: 'system' }),
    sell: { db: services.db, accountId },
    changed: (records) => {
      if (records.length) services.feedLive.changed(accountId, records);
    },
  };
}

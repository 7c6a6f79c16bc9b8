import { findChatsByVisitorEmail } from '../../../chat/index.ts';
import { feedEmailsOfRecord, listExternalFeedKeys, type FeedRecordRef } from '../../../sell/index.ts';
import { PAST_CHATS_GROUP } from './past-chat-data.ts';
import type { PastChatsContext } from './past-chats-projection.ts';
import { syncChatToFeeds } from './sync-chat-to-feeds.ts';

/**
 * A record's emails (or a deal's contacts) changed, or it is new: the chats of its emails come to its
 * feed, including those from before it existed, and chats it no longer matches leave it. Each chat is
 * synced whole, so the other records it belongs to (a contact's deals) follow too.
 */
export async function syncRecordPastChats(ctx: PastChatsContext, record: FeedRecordRef): Promise<void> {
  const chatIds = new Set(await listExternalFeedKeys(ctx.sell, PAST_CHATS_GROUP, record));
  if (ctx.enabled) {
    for (const email of await feedEmailsOfRecord(ctx.sell, record)) {
      for (const chat of await findChatsByVisitorEmail(ctx.chat, email)) chatIds.add(chat.id);
    }
  }
  for (const chatId of chatIds) await syncChatToFeeds(ctx, chatId);
}

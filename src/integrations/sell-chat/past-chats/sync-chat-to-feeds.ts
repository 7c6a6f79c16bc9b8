import { getTranscript, type ChatView, type LogEntry } from '../../../chat/index.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import { findFeedRecordsByEmails, readExternalFeedItem, saveExternalFeedItem } from '../../../sell/index.ts';
import { PAST_CHATS_GROUP, pastChatData, transcriptLines } from './past-chat-data.ts';
import type { PastChatsContext } from './past-chats-projection.ts';

/**
 * Puts one chat in the feeds it belongs in, as it is now (W-5): one item per chat on every lead and
 * contact whose emails include the visitor's, and on each deal of such a contact, with the whole
 * transcript; off the records it no longer belongs to. Reads Chat's current state, so replaying any
 * event, in any order, ends in the same place. While past chats are off it only keeps existing items
 * up to date (S-10: nothing new appears until it is on again).
 */
export async function syncChatToFeeds(ctx: PastChatsContext, chatId: string): Promise<void> {
  const transcript = await transcriptOf(ctx, chatId);
  if (!transcript) return removeChat(ctx, chatId);
  const { chat, log } = transcript;
  const records = chat.visitor.email ? await findFeedRecordsByEmails(ctx.sell, [chat.visitor.email]) : [];
  // Nothing new to show: only an item already in feeds is kept up to date (or taken out of them).
  if ((records.length === 0 || !ctx.enabled) && !(await readExternalFeedItem(ctx.sell, PAST_CHATS_GROUP, chatId))) return;
  const changed = await saveExternalFeedItem(ctx.sell, {
    group: PAST_CHATS_GROUP,
    key: chat.id,
    kind: 'chat',
    occurredAt: chat.startedAt,
    data: pastChatData(chat, log),
    lines: transcriptLines(log),
    records,
  });
  ctx.changed(changed);
}

/** A chat deleted from Chat for good leaves every feed too. */
export async function removeChat(ctx: PastChatsContext, chatId: string): Promise<void> {
  if (!(await readExternalFeedItem(ctx.sell, PAST_CHATS_GROUP, chatId))) return;
  ctx.changed(await saveExternalFeedItem(ctx.sell, { group: PAST_CHATS_GROUP, key: chatId, kind: 'chat', occurredAt: '', data: {}, lines: [], records: [] }));
}

async function transcriptOf(ctx: PastChatsContext, chatId: string): Promise<{ chat: ChatView; log: LogEntry[] } | undefined> {
  try {
    return await getTranscript(ctx.chat, chatId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return undefined;
    throw error;
  }
}

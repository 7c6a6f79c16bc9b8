import { emailKey } from '../../../platform/contact-keys.ts';
import type { EventCatalogue } from '../../../platform/events/catalogue.ts';
import { addExternalFeedLines, findFeedRecordsByEmails, readExternalFeedItem } from '../../../sell/index.ts';
import { PAST_CHATS_GROUP, transcriptLine, withAgent, type PastChatData } from './past-chat-data.ts';
import type { PastChatsContext } from './past-chats-projection.ts';
import { syncChatToFeeds } from './sync-chat-to-feeds.ts';

/**
 * O-8: a message of a chat that is in feeds is added to its transcript in place (by seq, so a replay
 * adds nothing), without reading the whole chat again. A chat not in feeds yet, or whose visitor now
 * has another email, is put where it belongs from scratch.
 */
export async function projectChatMessage(ctx: PastChatsContext, p: EventCatalogue['chat.message']): Promise<void> {
  const existing = await readExternalFeedItem(ctx.sell, PAST_CHATS_GROUP, p.chatId);
  const data = existing?.data as PastChatData | undefined;
  if (data && emailKey(data.visitor.email) === emailKey(p.visitor.email)) {
    const agent = p.author.kind === 'agent' && p.author.agentId !== null ? { id: p.author.agentId, name: p.author.name } : null;
    const grown = agent ? withAgent(data, agent) : null;
    const line = transcriptLine(p.seq, p.author, p.text, p.createdAt);
    const records = await addExternalFeedLines(ctx.sell, { group: PAST_CHATS_GROUP, key: p.chatId, lines: [line], ...(grown ? { data: grown } : {}) });
    if (records) return ctx.changed(records);
  }
  await projectChatChange(ctx, p.chatId, p.visitor.email, existing !== undefined);
}

/**
 * Any other change of a chat (started, visitor identified, rated, ended): synced when it is in feeds
 * or now belongs in some. A chat whose visitor matches nobody costs one index lookup.
 */
export async function projectChatChange(ctx: PastChatsContext, chatId: string, visitorEmail: string | null, inFeeds?: boolean): Promise<void> {
  if (inFeeds ?? (await readExternalFeedItem(ctx.sell, PAST_CHATS_GROUP, chatId)) !== undefined) return syncChatToFeeds(ctx, chatId);
  if (!ctx.enabled || !visitorEmail) return;
  if ((await findFeedRecordsByEmails(ctx.sell, [visitorEmail])).length === 0) return;
  await syncChatToFeeds(ctx, chatId);
}

import { invalid, notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { findChat } from '../conversations/chats.repo.ts';
import { tagChat } from '../conversations/tag-chat.ts';
import { markOfflineMessageRead } from '../offline/mark-offline-message-read.ts';
import { findOfflineMessages } from '../offline/offline-messages.repo.ts';
import { loadApiDocs } from './load-api-docs.ts';

/**
 * `PUT /chats/:id`: a chat's tags, or an offline message's unread flag (the only writable field
 * Zendesk gives offline messages); a field that does not apply to the kind of record is a 422.
 */
export async function updateApiChat(ctx: ChatContext, id: string, changes: { tags?: string[]; unread?: boolean }) {
  const isChat = Boolean(await findChat(ctx.chat, ctx.account.id, id));
  if (!isChat && (await findOfflineMessages(ctx.chat, ctx.account.id, [id])).length === 0) throw notFound('That chat');
  if (isChat && changes.unread !== undefined) throw invalid('unread', 'Only offline messages have a writable unread flag.');
  if (!isChat && changes.tags !== undefined) throw invalid('tags', 'Only chats have tags.');
  if (changes.tags !== undefined) await tagChat(ctx, id, changes.tags);
  if (changes.unread !== undefined) await markOfflineMessageRead(ctx, id, !changes.unread);
  return (await loadApiDocs(ctx, [id])).get(id);
}

import { z } from 'zod';
import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireChatAdmin } from '../agents/chat-guards.ts';
import { loadChatView, type ChatView } from './chat-view.ts';
import { findChat, updateChatRow } from './chats.repo.ts';
import { publishChatUpdated } from './publish-chat.ts';

/** Zendesk's tag alphabet: letters, digits, `-` and `_`. */
export const tagsSchema = z
  .array(z.string().trim().min(1).max(50).regex(/^[\p{L}\p{N}_-]+$/u, 'Use letters, digits, - and _ in tags.'))
  .max(50, 'A chat has at most 50 tags.')
  .transform((tags) => [...new Set(tags)]);

/** Replaces a chat's tags (Chat owner or admin); every agent's dashboard hears of it. */
export async function tagChat(ctx: ChatContext, chatId: string, rawTags: z.input<typeof tagsSchema>): Promise<ChatView> {
  requireChatAdmin(ctx, 'Only the Chat owner or a Chat admin can tag chats.');
  const tags = tagsSchema.parse(rawTags);
  if (!(await findChat(ctx.chat, ctx.account.id, chatId))) throw notFound('That chat');
  await updateChatRow(ctx.chat, ctx.account.id, chatId, { tags: JSON.stringify(tags), updated_at: ctx.now() });
  const view = (await loadChatView(ctx.chat, ctx.account.id, chatId))!;
  publishChatUpdated(ctx.live, ctx.account.id, view);
  return view;
}

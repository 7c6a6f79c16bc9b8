import { z } from 'zod';
import { notFound } from '../../platform/http/app-error.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireVisitor } from '../agents/chat-guards.ts';
import { appendLogEntry, visitorLabel } from './append-log-entry.ts';
import { loadChatView, type ChatView } from './chat-view.ts';
import { findChat, updateChatRow } from './chats.repo.ts';
import type { LogEntry } from './log-entry.ts';
import { chatIdSchema } from './message-input.ts';
import { publishChatUpdated, publishLog } from './publish-chat.ts';

const rateChatSchema = z
  .object({
    chatId: chatIdSchema,
    /** null withdraws a rating. */
    rating: z.enum(['good', 'bad']).nullable().optional(),
    comment: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((v) => v.rating !== undefined || v.comment !== undefined, 'Send a rating, a comment or both.');

export type RateChatInput = z.input<typeof rateChatSchema>;

/** The visitor rates their chat (good/bad) and may add a comment, during the chat or after it ended. */
export async function rateChat(ctx: ChatContext, rawInput: RateChatInput): Promise<{ chat: ChatView; entries: LogEntry[] }> {
  const visitor = requireVisitor(ctx);
  const input = rateChatSchema.parse(rawInput);
  const chat = await findChat(ctx.chat, ctx.account.id, input.chatId);
  if (!chat || chat.visitor_id !== visitor.id) throw notFound('That chat');
  const rating = input.rating !== undefined ? input.rating : chat.rating;
  const comment = input.comment !== undefined ? input.comment || null : chat.comment;
  const entries = await ctx.chat.transaction().execute(async (trx) => {
    const now = ctx.now();
    await updateChatRow(trx, ctx.account.id, chat.id, { rating, comment, updated_at: now });
    const author = { authorKind: 'visitor' as const, agentId: null, authorName: visitorLabel({ id: chat.visitor_id, name: chat.visitor_name }) };
    const logged: LogEntry[] = [];
    if (rating !== chat.rating) logged.push(await appendLogEntry(trx, ctx.account.id, chat.id, { type: 'chat.rating', ...author, data: { rating } }, now));
    if (comment !== chat.comment) logged.push(await appendLogEntry(trx, ctx.account.id, chat.id, { type: 'chat.comment', ...author, data: { comment } }, now));
    if (logged.length > 0) {
      await appendEvent(trx, ctx.account.id, 'chat.rated', {
        accountId: ctx.account.id,
        chatId: chat.id,
        visitor: { id: chat.visitor_id, name: chat.visitor_name, email: chat.visitor_email, phone: chat.visitor_phone },
        departmentId: chat.department_id,
        agentId: chat.agent_id,
        rating,
        comment,
        ratedAt: now,
      });
    }
    return logged;
  });
  const view = (await loadChatView(ctx.chat, ctx.account.id, chat.id))!;
  if (entries.length > 0) {
    publishLog(ctx.live, entries);
    publishChatUpdated(ctx.live, ctx.account.id, view);
  }
  return { chat: view, entries };
}

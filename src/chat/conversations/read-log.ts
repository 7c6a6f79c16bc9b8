import { z } from 'zod';
import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { findChat } from './chats.repo.ts';
import { toLogEntry, type LogEntry } from './log-entry.ts';
import { logAfter } from './messages.repo.ts';
import { chatIdSchema } from './message-input.ts';

const readLogSchema = z
  .object({ chatId: chatIdSchema, afterSeq: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(1000) })
  .strict();
export type ReadLogInput = z.input<typeof readLogSchema>;

/**
 * A chat's log after `afterSeq`, in order: what a reconnecting client missed, exactly once. When
 * `hasMore` is true, ask again after the last seq received. Visitors read their own chats; agents
 * read any chat of the account (transcripts, past chats).
 */
export async function readLog(ctx: ChatContext, rawInput: ReadLogInput): Promise<{ entries: LogEntry[]; lastSeq: number; hasMore: boolean }> {
  const input = readLogSchema.parse(rawInput);
  const chat = await findChat(ctx.chat, ctx.account.id, input.chatId);
  if (ctx.actor.kind === 'visitor') {
    if (!chat || chat.visitor_id !== ctx.actor.visitor.id) throw notFound('That chat');
  } else {
    if (ctx.actor.kind === 'agent') requireAgent(ctx);
    if (!chat) throw notFound('That chat');
  }
  const rows = await logAfter(ctx.chat, ctx.account.id, chat.id, input.afterSeq, input.limit);
  const entries = rows.map(toLogEntry);
  const last = entries.at(-1)?.seq ?? input.afterSeq;
  return { entries, lastSeq: chat.last_seq, hasMore: last < chat.last_seq };
}

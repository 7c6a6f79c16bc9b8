import { z } from 'zod';
import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { chatRoom } from '../live/chat-rooms.ts';
import { notServing } from './chat-errors.ts';
import { findChat, markReadUpTo } from './chats.repo.ts';
import { chatIdSchema } from './message-input.ts';

const markReadSchema = z.object({ chatId: chatIdSchema, seq: z.number().int().min(0) }).strict();
export type MarkReadInput = z.input<typeof markReadSchema>;

/**
 * Read receipt: the visitor, or the agent serving the chat, has read everything up to `seq`. The
 * mark only moves forward; the other side hears `chat:read` when it moved.
 */
export async function markRead(ctx: ChatContext, rawInput: MarkReadInput): Promise<{ seq: number }> {
  const input = markReadSchema.parse(rawInput);
  const chat = await findChat(ctx.chat, ctx.account.id, input.chatId);
  if (ctx.actor.kind === 'visitor') {
    if (!chat || chat.visitor_id !== ctx.actor.visitor.id) throw notFound('That chat');
    if (await markReadUpTo(ctx.chat, ctx.account.id, chat.id, 'visitor_read_seq', input.seq)) {
      ctx.live.toAgents(chatRoom(chat.id), 'chat:read', { chatId: chat.id, seq: input.seq, by: 'visitor' });
    }
    return { seq: Math.max(chat.visitor_read_seq, Math.min(input.seq, chat.last_seq)) };
  }
  const agent = requireAgent(ctx);
  if (!chat) throw notFound('That chat');
  if (chat.agent_id !== agent.id) throw notServing();
  if (await markReadUpTo(ctx.chat, ctx.account.id, chat.id, 'agent_read_seq', input.seq)) {
    ctx.live.toVisitors(chatRoom(chat.id), 'chat:read', { chatId: chat.id, seq: input.seq, by: 'agent' });
  }
  return { seq: Math.max(chat.agent_read_seq, Math.min(input.seq, chat.last_seq)) };
}

import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { loadChatView, type ChatView } from './chat-view.ts';
import { toLogEntry, type LogEntry } from './log-entry.ts';
import { logsOfChats } from './messages.repo.ts';

/** A chat with its whole log (history transcript, the visitor panel's past chats), for agents and the system. */
export async function getTranscript(ctx: ChatContext, chatId: string): Promise<{ chat: ChatView; log: LogEntry[] }> {
  if (ctx.actor.kind !== 'system') requireAgent(ctx);
  const chat = await loadChatView(ctx.chat, ctx.account.id, chatId);
  if (!chat) throw notFound('That chat');
  return { chat, log: (await logsOfChats(ctx.chat, ctx.account.id, [chatId])).map(toLogEntry) };
}

import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { loadChatView, type ChatView } from './chat-view.ts';

/** One chat without its log, for an agent (the Apps panel's apps look the visitor up by it). */
export async function getChat(ctx: ChatContext, chatId: string): Promise<ChatView> {
  requireAgent(ctx);
  const chat = await loadChatView(ctx.chat, ctx.account.id, chatId);
  if (!chat) throw notFound('That chat');
  return chat;
}

import { notFound } from '../../platform/http/app-error.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { accountRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import type { AuthorKind, ChatRow } from '../chat-tables.ts';
import { isChatAdmin, requireAgent } from '../agents/chat-guards.ts';
import { routeWaitingChats } from '../routing/route-waiting-chats.ts';
import { appendLogEntry, visitorLabel } from './append-log-entry.ts';
import { notServing } from './chat-errors.ts';
import { loadChatView, type ChatView } from './chat-view.ts';
import { endOpenChat, findChat } from './chats.repo.ts';
import type { LogEntry } from './log-entry.ts';
import { agentsOfChats } from './messages.repo.ts';
import { publishChatUpdated, publishLog } from './publish-chat.ts';

/**
 * Ends a chat: its visitor, the agent serving it or a Chat admin may. Ending twice is harmless.
 * A chat that ends before anyone served it is `missed`.
 */
export async function endChat(ctx: ChatContext, chatId: string): Promise<{ chat: ChatView; entries: LogEntry[] }> {
  const chat = await findChat(ctx.chat, ctx.account.id, chatId);
  if (!chat) throw notFound('That chat');
  const author = authorOf(ctx, chat);
  const entry = await ctx.chat.transaction().execute(async (trx) => {
    const now = ctx.now();
    if (!(await endOpenChat(trx, ctx.account.id, chatId, { ended_at: now, ended_by: author.authorKind, updated_at: now }))) return null;
    const logged = await appendLogEntry(trx, ctx.account.id, chatId, { type: 'chat.ended', ...author }, now);
    await appendEvent(trx, ctx.account.id, 'chat.ended', {
      accountId: ctx.account.id,
      chatId,
      visitor: { id: chat.visitor_id, name: chat.visitor_name, email: chat.visitor_email, phone: chat.visitor_phone },
      departmentId: chat.department_id,
      agentId: chat.agent_id,
      agentIds: (await agentsOfChats(trx, ctx.account.id, [chatId])).get(chatId) ?? [],
      startedAt: chat.started_at,
      servedAt: chat.served_at,
      endedAt: now,
      endedBy: author.authorKind,
      missed: chat.served_at === null,
      rating: chat.rating,
      comment: chat.comment,
    });
    return logged;
  });
  const view = (await loadChatView(ctx.chat, ctx.account.id, chatId))!;
  if (!entry) return { chat: view, entries: [] };
  publishLog(ctx.live, [entry]);
  publishChatUpdated(ctx.live, ctx.account.id, view);
  if (chat.status === 'waiting') ctx.live.toAgents(accountRoom(ctx.account.id), 'chat:withdrawn', { chatId, reason: 'ended' });
  if (chat.agent_id !== null) await routeWaitingChats(ctx, chat.agent_id);
  return { chat: view, entries: [entry] };
}

function authorOf(ctx: ChatContext, chat: ChatRow): { authorKind: AuthorKind; agentId: number | null; authorName: string } {
  if (ctx.actor.kind === 'system') return { authorKind: 'system', agentId: null, authorName: 'System' };
  if (ctx.actor.kind === 'visitor') {
    if (ctx.actor.visitor.id !== chat.visitor_id) throw notFound('That chat');
    return { authorKind: 'visitor', agentId: null, authorName: visitorLabel({ id: chat.visitor_id, name: chat.visitor_name }) };
  }
  const agent = requireAgent(ctx);
  if (chat.agent_id !== agent.id && !isChatAdmin(agent)) throw notServing();
  return { authorKind: 'agent', agentId: agent.id, authorName: agent.name };
}

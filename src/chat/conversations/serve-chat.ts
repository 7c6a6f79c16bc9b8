import { AppError, conflict, notFound } from '../../platform/http/app-error.ts';
import { accountRoom, userRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import type { ChatExecutor } from '../chat-tables.ts';
import { agentLoads, lockAgentLoad } from '../agents/agents.repo.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { chatRoom } from '../live/chat-rooms.ts';
import { loadChatSettings } from '../settings/chat-settings.ts';
import { appendLogEntry } from './append-log-entry.ts';
import { chatEnded } from './chat-errors.ts';
import { loadChatView, type ChatView } from './chat-view.ts';
import { claimWaitingChat, findChat } from './chats.repo.ts';
import type { LogEntry } from './log-entry.ts';
import { publishChatUpdated, publishLog } from './publish-chat.ts';

export const chatLimitReached = (limit: number) =>
  conflict('chat_limit_reached', `You are already serving ${limit} chat${limit === 1 ? '' : 's'}, the limit. End one, then serve this one.`);

/**
 * An agent serves a waiting chat. The claim is one conditional UPDATE (… WHERE status =
 * 'waiting'), so when several agents on several nodes serve at once exactly one wins; the others get
 * `already_taken` and every agent hears `chat:taken`. Under assigned routing only the agent the chat
 * is offered to may serve it.
 */
export async function serveChat(ctx: ChatContext, chatId: string): Promise<{ chat: ChatView; entries: LogEntry[] }> {
  const agent = requireAgent(ctx);
  const settings = await loadChatSettings(ctx.chat, ctx.account.id);
  const assigned = settings.routingMode === 'assigned';
  const entry = await ctx.chat.transaction().execute(async (trx) => {
    const now = ctx.now();
    if (!assigned && settings.chatLimit > 0) {
      // Assigned routing counted this chat against the agent when it was offered.
      await lockAgentLoad(trx, ctx.account.id, agent.id, now);
      const load = (await agentLoads(trx, ctx.account.id, [agent.id], false)).get(agent.id) ?? 0;
      if (load >= settings.chatLimit) throw chatLimitReached(settings.chatLimit);
    }
    if (!(await claimWaitingChat(trx, ctx.account.id, chatId, agent.id, now, assigned))) {
      const problem = await whyNotServable(trx, ctx.account.id, chatId, agent.id);
      if (problem) throw problem;
      return null; // already theirs: serving twice is harmless
    }
    return appendLogEntry(trx, ctx.account.id, chatId, { type: 'chat.memberjoin', authorKind: 'agent', agentId: agent.id, authorName: agent.name }, now);
  });
  const chat = (await loadChatView(ctx.chat, ctx.account.id, chatId))!;
  if (entry) {
    ctx.live.joinAgents(userRoom(agent.id), chatRoom(chatId));
    ctx.live.toAgents(accountRoom(ctx.account.id), 'chat:taken', { chatId, agentId: agent.id });
    ctx.live.toAgents(userRoom(agent.id), 'chat:assigned', chat);
    publishLog(ctx.live, [entry]);
    publishChatUpdated(ctx.live, ctx.account.id, chat);
  }
  return { chat, entries: entry ? [entry] : [] };
}

async function whyNotServable(trx: ChatExecutor, accountId: number, chatId: string, agentId: number): Promise<AppError | null> {
  const chat = await findChat(trx, accountId, chatId);
  if (!chat) return notFound('That chat');
  if (chat.status === 'ended') return chatEnded();
  if (chat.status === 'active') return chat.agent_id === agentId ? null : conflict('already_taken', 'Another agent is already serving this chat.');
  return conflict('not_offered', 'This chat is offered to another agent.');
}

import { z } from 'zod';
import { conflict, invalid, notFound } from '../../platform/http/app-error.ts';
import { userRoom } from '../../platform/realtime/rooms.ts';
import type { UserRow } from '../../platform/identity/users.repo.ts';
import type { ChatContext } from '../chat-context.ts';
import type { ChatRow } from '../chat-tables.ts';
import { agentLoads, findAgentRow, lockAgentLoad } from '../agents/agents.repo.ts';
import { hasChatRole, isChatAdmin, requireAgent } from '../agents/chat-guards.ts';
import { chatRoom } from '../live/chat-rooms.ts';
import { routeNewChat } from '../routing/route-new-chat.ts';
import { routeWaitingChats } from '../routing/route-waiting-chats.ts';
import { loadChatSettings } from '../settings/chat-settings.ts';
import { findDepartment } from '../settings/departments.repo.ts';
import { appendLogEntry } from './append-log-entry.ts';
import { chatEnded, notServing } from './chat-errors.ts';
import { loadChatView, type ChatView } from './chat-view.ts';
import { findChat, moveActiveChat } from './chats.repo.ts';
import { chatIdSchema } from './message-input.ts';
import type { LogEntry } from './log-entry.ts';
import { publishChatUpdated, publishLog } from './publish-chat.ts';
import { chatLimitReached } from './serve-chat.ts';

const transferChatSchema = z
  .object({ chatId: chatIdSchema, toAgentId: z.number().int().positive().optional(), departmentId: z.number().int().positive().optional() })
  .strict()
  .refine((v) => (v.toAgentId === undefined) !== (v.departmentId === undefined), 'Give either toAgentId or departmentId.');

export type TransferChatInput = z.input<typeof transferChatSchema>;

/**
 * Hands an active chat on: to another agent who is Online (it becomes theirs at once), or to a
 * department (it waits again and is routed among the department's agents). The serving agent or a
 * Chat admin may transfer.
 */
export async function transferChat(ctx: ChatContext, rawInput: TransferChatInput): Promise<{ chat: ChatView; entries: LogEntry[] }> {
  const agent = requireAgent(ctx);
  const input = transferChatSchema.parse(rawInput);
  const chat = await findChat(ctx.chat, ctx.account.id, input.chatId);
  if (!chat) throw notFound('That chat');
  if (chat.status === 'ended') throw chatEnded();
  if (chat.status !== 'active' || chat.agent_id === null) throw conflict('not_active', 'Only a chat that an agent serves can be transferred; serve it instead.');
  if (chat.agent_id !== agent.id && !isChatAdmin(agent)) throw notServing();
  return input.toAgentId !== undefined ? toAgent(ctx, chat, chat.agent_id, input.toAgentId) : toDepartment(ctx, chat, chat.agent_id, input.departmentId!);
}

async function toAgent(ctx: ChatContext, chat: ChatRow, fromId: number, toId: number) {
  const target = await findAgentRow(ctx.chat, ctx.account.id, toId);
  if (!target || !hasChatRole(target)) throw invalid('toAgentId', 'Choose an active agent of this account.');
  if (toId === fromId) throw invalid('toAgentId', `${target.name} already serves this chat.`);
  if (!(await ctx.live.availableAgentIds(ctx.account.id)).includes(toId)) {
    throw conflict('agent_unavailable', `${target.name} is not online. Choose an agent who is.`);
  }
  const settings = await loadChatSettings(ctx.chat, ctx.account.id);
  const from = await findAgentRow(ctx.chat, ctx.account.id, fromId);
  const entries = await ctx.chat.transaction().execute(async (trx) => {
    const now = ctx.now();
    if (settings.chatLimit > 0) {
      await lockAgentLoad(trx, ctx.account.id, toId, now);
      const load = (await agentLoads(trx, ctx.account.id, [toId], settings.routingMode === 'assigned')).get(toId) ?? 0;
      if (load >= settings.chatLimit) throw chatLimitReached(settings.chatLimit);
    }
    if (!(await moveActiveChat(trx, ctx.account.id, chat.id, fromId, { agent_id: toId, updated_at: now }))) throw conflict('chat_changed', 'This chat changed meanwhile. Reload it and try again.');
    return [
      await appendLogEntry(trx, ctx.account.id, chat.id, leaveOf(from, fromId, { reason: 'transfer', toAgentId: toId }), now),
      await appendLogEntry(trx, ctx.account.id, chat.id, { type: 'chat.memberjoin', authorKind: 'agent', agentId: toId, authorName: target.name }, now),
    ];
  });
  const view = (await loadChatView(ctx.chat, ctx.account.id, chat.id))!;
  // Join, tell, then leave: both agents see the whole hand-over in the log.
  ctx.live.joinAgents(userRoom(toId), chatRoom(chat.id));
  publishLog(ctx.live, entries);
  publishChatUpdated(ctx.live, ctx.account.id, view);
  ctx.live.leaveAgents(userRoom(fromId), chatRoom(chat.id));
  ctx.live.toAgents(userRoom(fromId), 'chat:withdrawn', { chatId: chat.id, reason: 'transferred' });
  ctx.live.toAgents(userRoom(toId), 'chat:assigned', view);
  await routeWaitingChats(ctx, fromId);
  return { chat: view, entries };
}

async function toDepartment(ctx: ChatContext, chat: ChatRow, fromId: number, departmentId: number) {
  const department = await findDepartment(ctx.chat, ctx.account.id, departmentId);
  if (!department || department.enabled !== 1) throw invalid('departmentId', 'Choose an enabled department of this account.');
  const from = await findAgentRow(ctx.chat, ctx.account.id, fromId);
  const entries = await ctx.chat.transaction().execute(async (trx) => {
    const now = ctx.now();
    const moved = await moveActiveChat(trx, ctx.account.id, chat.id, fromId, { department_id: departmentId, status: 'waiting', agent_id: null, updated_at: now });
    if (!moved) throw conflict('chat_changed', 'This chat changed meanwhile. Reload it and try again.');
    return [await appendLogEntry(trx, ctx.account.id, chat.id, leaveOf(from, fromId, { reason: 'transfer', departmentId }), now)];
  });
  const view = (await loadChatView(ctx.chat, ctx.account.id, chat.id))!;
  publishLog(ctx.live, entries);
  publishChatUpdated(ctx.live, ctx.account.id, view);
  ctx.live.leaveAgents(userRoom(fromId), chatRoom(chat.id));
  ctx.live.toAgents(userRoom(fromId), 'chat:withdrawn', { chatId: chat.id, reason: 'transferred' });
  await routeNewChat(ctx, view, await loadChatSettings(ctx.chat, ctx.account.id));
  return { chat: view, entries };
}

function leaveOf(from: Pick<UserRow, 'name'> | undefined, fromId: number, data: Record<string, unknown>) {
  return { type: 'chat.memberleave' as const, authorKind: 'agent' as const, agentId: fromId, authorName: from?.name ?? `Agent ${fromId}`, data };
}

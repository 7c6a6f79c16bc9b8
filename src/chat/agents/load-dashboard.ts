import type { ChatContext } from '../chat-context.ts';
import { loadChatViews, type ChatView } from '../conversations/chat-view.ts';
import { activeChatsOfAgent, waitingChatsOfAccount } from '../conversations/chats.repo.ts';
import { unreadByAgent } from '../conversations/messages.repo.ts';
import { loadChatSettings } from '../settings/chat-settings.ts';
import { departmentMembers } from '../settings/departments.repo.ts';
import { toAgentView, type AgentView } from './agent-view.ts';
import { findAgentRow } from './agents.repo.ts';
import { NO_CHAT_ROLE, requireAgent } from './chat-guards.ts';
import { forbidden } from '../../platform/http/app-error.ts';

export type Dashboard = {
  me: AgentView;
  /** Requests this agent may serve now ("Serve N requests"). */
  incoming: ChatView[];
  /** Chats this agent serves, with how many visitor messages they have not read. */
  chats: (ChatView & { unreadCount: number })[];
};

/**
 * What the agent dashboard (or Sell's top bar, W-4) needs on load and after every reconnect.
 * Broadcast: every waiting chat the agent's departments admit; assigned: the chats offered to them.
 */
export async function loadDashboard(ctx: ChatContext): Promise<Dashboard> {
  const agent = requireAgent(ctx);
  const [settings, row, waiting, active, available] = await Promise.all([
    loadChatSettings(ctx.chat, ctx.account.id),
    findAgentRow(ctx.chat, ctx.account.id, agent.id),
    waitingChatsOfAccount(ctx.chat, ctx.account.id),
    activeChatsOfAgent(ctx.chat, ctx.account.id, agent.id),
    ctx.live.availableAgentIds(ctx.account.id),
  ]);
  if (!row) throw forbidden(NO_CHAT_ROLE); // the role was taken away since this socket connected
  const members = await departmentMembers(ctx.chat, ctx.account.id);
  const mine = [...members].filter(([, ids]) => ids.includes(agent.id)).map(([id]) => id);
  const offeredToMe = waiting.filter((c) =>
    settings.routingMode === 'assigned'
      ? c.offered_agent_id === agent.id
      : c.department_id === null || (members.get(c.department_id) ?? []).length === 0 || mine.includes(c.department_id),
  );
  const unread = await unreadByAgent(ctx.chat, ctx.account.id, active);
  return {
    me: toAgentView(row, available.includes(agent.id), mine),
    incoming: await loadChatViews(ctx.chat, ctx.account.id, offeredToMe.map((c) => c.id)),
    chats: (await loadChatViews(ctx.chat, ctx.account.id, active.map((c) => c.id))).map((c) => ({ ...c, unreadCount: unread.get(c.id) ?? 0 })),
  };
}

import { userRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import { loadChatViews } from '../conversations/chat-view.ts';
import { waitingChatsOfAccount } from '../conversations/chats.repo.ts';
import { loadChatSettings } from '../settings/chat-settings.ts';
import { eligibleAgents } from './eligible-agents.ts';
import { offerChat } from './offer-chat.ts';

/**
 * An agent can take more chats (came Online, connected, or finished a chat). Broadcast: they are
 * shown the waiting chats they may serve. Assigned: chats that nobody was offered are offered now.
 */
export async function routeWaitingChats(ctx: ChatContext, agentId: number): Promise<void> {
  const waiting = await waitingChatsOfAccount(ctx.chat, ctx.account.id);
  if (waiting.length === 0) return;
  const settings = await loadChatSettings(ctx.chat, ctx.account.id);
  if (settings.routingMode === 'assigned') {
    for (const chat of waiting) if (chat.offered_agent_id === null) await offerChat(ctx, chat.id, settings);
    return;
  }
  const admits = new Map<number | null, boolean>();
  const ids: string[] = [];
  for (const chat of waiting) {
    if (!admits.has(chat.department_id)) {
      const candidates = await eligibleAgents(ctx, chat.department_id, settings, { countOffers: false });
      admits.set(chat.department_id, candidates.some((c) => c.agentId === agentId));
    }
    if (admits.get(chat.department_id)) ids.push(chat.id);
  }
  for (const view of await loadChatViews(ctx.chat, ctx.account.id, ids)) ctx.live.toAgents(userRoom(agentId), 'chat:incoming', view);
}

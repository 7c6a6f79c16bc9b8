import { userRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import type { ChatView } from '../conversations/chat-view.ts';
import type { ChatSettings } from '../settings/chat-settings.ts';
import { eligibleAgents } from './eligible-agents.ts';
import { offerChat } from './offer-chat.ts';

/**
 * A new request. Broadcast: every eligible agent is notified and the first to serve gets it.
 * Assigned: it is offered to one agent. With nobody eligible it waits; routing tries again when an
 * agent becomes available (route-waiting-chats) and, under assigned routing, on every sweep.
 */
export async function routeNewChat(ctx: ChatContext, chat: ChatView, settings: ChatSettings): Promise<void> {
  if (settings.routingMode === 'assigned') {
    await offerChat(ctx, chat.id, settings);
    return;
  }
  const candidates = await eligibleAgents(ctx, chat.department?.id ?? null, settings, { countOffers: false });
  if (candidates.length > 0) ctx.live.toAgents(candidates.map((c) => userRoom(c.agentId)), 'chat:incoming', chat);
}

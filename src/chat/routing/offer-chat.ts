import { userRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import { agentLoads, lockAgentLoad } from '../agents/agents.repo.ts';
import { loadChatView } from '../conversations/chat-view.ts';
import { findChat, offerWaitingChat } from '../conversations/chats.repo.ts';
import type { ChatSettings } from '../settings/chat-settings.ts';
import { eligibleAgents } from './eligible-agents.ts';

/**
 * Assigned routing: offers a waiting chat to one agent, the least loaded under the limit,
 * preferring someone other than the agent who let the offer time out. The limit is checked with the
 * agent's row locked, and the offer only replaces the offer this node read, so it holds across nodes.
 */
export async function offerChat(ctx: ChatContext, chatId: string, settings: ChatSettings): Promise<number | null> {
  const chat = await findChat(ctx.chat, ctx.account.id, chatId);
  if (!chat || chat.status !== 'waiting') return null;
  const previous = chat.offered_agent_id;
  let candidates = await eligibleAgents(ctx, chat.department_id, settings, { countOffers: true, offeredTo: previous });
  if (candidates.length > 1) candidates = candidates.filter((c) => c.agentId !== previous);

  for (const { agentId } of candidates) {
    const outcome = await ctx.chat.transaction().execute(async (trx) => {
      const now = ctx.now();
      if (settings.chatLimit > 0) {
        await lockAgentLoad(trx, ctx.account.id, agentId, now);
        const load = ((await agentLoads(trx, ctx.account.id, [agentId], true)).get(agentId) ?? 0) - (agentId === previous ? 1 : 0);
        if (load >= settings.chatLimit) return 'full' as const;
      }
      const offered = await offerWaitingChat(trx, ctx.account.id, chatId, agentId, now, { offeredAgentId: previous, offerCount: chat.offer_count });
      return offered ? ('offered' as const) : ('changed' as const);
    });
    if (outcome === 'changed') return null; // served, ended or offered by another node meanwhile
    if (outcome === 'full') continue;
    const view = await loadChatView(ctx.chat, ctx.account.id, chatId);
    if (view) ctx.live.toAgents(userRoom(agentId), 'chat:incoming', view);
    if (previous !== null && previous !== agentId) ctx.live.toAgents(userRoom(previous), 'chat:withdrawn', { chatId, reason: 'reassigned' });
    return agentId;
  }
  return null;
}

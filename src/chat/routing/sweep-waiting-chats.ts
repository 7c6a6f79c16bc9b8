import { findAccountById, type AccountRow } from '../../platform/accounts/accounts.repo.ts';
import { chatContext, type ChatServices } from '../chat-context.ts';
import { waitingAssignedChats } from '../conversations/chats.repo.ts';
import type { ChatLive } from '../live/chat-live.ts';
import { loadChatSettings } from '../settings/chat-settings.ts';
import { offerChat } from './offer-chat.ts';

const BATCH = 500;

/**
 * Assigned routing's clock: a waiting chat whose offer has timed out goes to another agent, and one
 * that nobody could take yet is offered again. Every node may sweep; the offers are conditional, so a
 * chat moves once however many nodes see it. Returns how many chats were offered.
 */
export async function sweepWaitingChats(services: ChatServices): Promise<number> {
  const now = Date.parse(services.now());
  const due = (await waitingAssignedChats(services.chat, BATCH)).filter(
    (c) => c.offered_agent_id === null || c.offered_at === null || Date.parse(c.offered_at) + c.reassignment_timeout_seconds * 1000 <= now,
  );
  const live = withCachedPresence(services.live);
  const accounts = new Map<number, AccountRow | undefined>();
  let offered = 0;
  for (const chat of due) {
    if (!accounts.has(chat.account_id)) accounts.set(chat.account_id, await findAccountById(services.db.kysely, chat.account_id));
    const account = accounts.get(chat.account_id);
    if (!account) continue;
    const ctx = chatContext({ ...services, live }, account, { kind: 'system' });
    if ((await offerChat(ctx, chat.id, await loadChatSettings(ctx.chat, account.id))) !== null) offered += 1;
  }
  return offered;
}

/** One presence look-up per account per sweep, however many of its chats wait. */
function withCachedPresence(live: ChatLive): ChatLive {
  const cache = new Map<number, Promise<number[]>>();
  return {
    toAgents: (rooms, event, payload) => live.toAgents(rooms, event, payload),
    toVisitors: (rooms, event, payload) => live.toVisitors(rooms, event, payload),
    joinAgents: (from, room) => live.joinAgents(from, room),
    leaveAgents: (from, room) => live.leaveAgents(from, room),
    joinVisitors: (from, room) => live.joinVisitors(from, room),
    availableAgentIds: (accountId) => {
      if (!cache.has(accountId)) cache.set(accountId, live.availableAgentIds(accountId));
      return cache.get(accountId)!;
    },
    recheckUser: (userId) => live.recheckUser(userId),
  };
}

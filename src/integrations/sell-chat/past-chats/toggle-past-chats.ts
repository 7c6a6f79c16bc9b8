import { appendEvent } from '../../../platform/events/append-event.ts';
import { setFeedGroupHidden } from '../../../sell/index.ts';
import { PAST_CHATS_GROUP } from './past-chat-data.ts';
import './past-chats-events.ts';
import type { PastChatsContext, PastChatsServices } from './past-chats-projection.ts';

/**
 * S-10 / S-25 / O-9: turning past chats off hides every chat item at once (one row; nothing deleted);
 * turning them on shows them again and starts the backfill that brings in what they missed: chats from
 * before (the first time) and chats and records from while they were off. Reads the setting as it is
 * now, so a quick off-on-off ends off.
 */
export async function applyPastChatsSetting(services: PastChatsServices, ctx: PastChatsContext): Promise<void> {
  await setFeedGroupHidden(ctx.sell, PAST_CHATS_GROUP, !ctx.enabled);
  if (ctx.enabled) await appendEvent(services.db.kysely, ctx.accountId, 'sell_chat.past_chats_backfill', { accountId: ctx.accountId, after: null });
}

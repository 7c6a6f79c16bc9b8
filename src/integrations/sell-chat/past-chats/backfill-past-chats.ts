import { findChatsByVisitorEmail, listVisitorEmails } from '../../../chat/index.ts';
import { appendEvent } from '../../../platform/events/append-event.ts';
import { findFeedRecordsByEmails } from '../../../sell/index.ts';
import './past-chats-events.ts';
import type { PastChatsContext, PastChatsServices } from './past-chats-projection.ts';
import { syncChatToFeeds } from './sync-chat-to-feeds.ts';

/** Visitor emails per step: one step is one outbox event, so other events (live chats) go between steps. */
export const BACKFILL_PAGE = 100;

/**
 * One step of the backfill past chats start with: the next page of visitor emails; each that a lead or
 * contact carries has its chats put in feeds (idempotent: a chat already there is rewritten as it is).
 * The next step is its own event; a crash resumes from the last step stored. Stops when turned off.
 */
export async function backfillPastChats(services: PastChatsServices, ctx: PastChatsContext, after: string | null): Promise<void> {
  if (!ctx.enabled) return;
  const emails = await listVisitorEmails(ctx.chat, { after, limit: BACKFILL_PAGE });
  for (const email of emails) {
    if ((await findFeedRecordsByEmails(ctx.sell, [email])).length === 0) continue;
    for (const chat of await findChatsByVisitorEmail(ctx.chat, email)) await syncChatToFeeds(ctx, chat.id);
  }
  if (emails.length === BACKFILL_PAGE) await appendEvent(services.db.kysely, ctx.accountId, 'sell_chat.past_chats_backfill', { accountId: ctx.accountId, after: emails.at(-1)! });
}

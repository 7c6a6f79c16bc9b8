import type { FastifyInstance } from 'fastify';
import '../../../chat/index.ts';
import type { EventCatalogue } from '../../../platform/events/catalogue.ts';
import type { OutboxEvent } from '../../../platform/events/dispatcher.ts';
import { sellFeedLiveOf } from '../../../sell/index.ts';
import '../sell-chat-events.ts';
import { backfillPastChats } from './backfill-past-chats.ts';
import { createLeadFromOfflineMessage } from './create-lead-from-offline-message.ts';
import './past-chats-events.ts';
import { pastChatsContext, type PastChatsContext, type PastChatsServices } from './past-chats-projection.ts';
import { projectChatChange, projectChatMessage } from './project-chat-events.ts';
import { removeChat } from './sync-chat-to-feeds.ts';
import { syncRecordPastChats } from './sync-record-past-chats.ts';
import { applyPastChatsSetting } from './toggle-past-chats.ts';

const HANDLER = 'sell_chat.past_chats';

type Payload<T extends keyof EventCatalogue> = EventCatalogue[T];

/**
 * Past chats in Sell (W-5, O-8, S-25) and offline messages as leads (B-2), from the outbox. The
 * handlers call Chat's and Sell's operations, each in its own transaction, so they run outside the
 * dispatcher's: at least once, and idempotent by their own keys (one item per record and chat, one
 * line per seq; a lead only when nothing matches), whatever the order or number of replays.
 */
export function registerPastChats(app: FastifyInstance) {
  const services: PastChatsServices = { db: app.db, chatServices: app.chatServices, feedLive: sellFeedLiveOf(app) };
  const on = <T extends keyof EventCatalogue>(type: T, handle: (ctx: PastChatsContext, payload: Payload<T>) => Promise<void>) =>
    app.events.onOutsideTransaction(type, HANDLER, async (event: OutboxEvent) => {
      const ctx = await pastChatsContext(services, event.accountId);
      if (ctx) await handle(ctx, event.payload as Payload<T>);
    });

  on('chat.message', projectChatMessage);
  on('chat.started', (ctx, p) => projectChatChange(ctx, p.chatId, p.visitor.email));
  on('chat.visitor_updated', (ctx, p) => projectChatChange(ctx, p.chatId, p.visitor.email));
  on('chat.rated', (ctx, p) => projectChatChange(ctx, p.chatId, p.visitor.email));
  on('chat.ended', (ctx, p) => projectChatChange(ctx, p.chatId, p.visitor.email));
  on('chat.deleted', async (ctx, p) => {
    if (p.type === 'chat') await removeChat(ctx, p.chatId);
  });

  // Retroactive (W-5): a record's emails, or a deal's contacts, decide which chats it shows.
  on('sell.record.emails_changed', (ctx, p) => syncRecordPastChats(ctx, { resourceType: p.resourceType, resourceId: p.resourceId }));
  on('sell.record.created', async (ctx, p) => {
    if (p.resourceType === 'deal') await syncRecordPastChats(ctx, { resourceType: 'deal', resourceId: p.resourceId });
  });
  on('sell.record.updated', async (ctx, p) => {
    if (p.resourceType === 'deal') await syncRecordPastChats(ctx, { resourceType: 'deal', resourceId: p.resourceId });
  });

  on('sell_chat.settings_changed', async (ctx, p) => {
    if (p.changed.includes('pastChatsEnabled')) await applyPastChatsSetting(services, ctx);
  });
  on('sell_chat.past_chats_backfill', (ctx, p) => backfillPastChats(services, ctx, p.after));

  app.events.onOutsideTransaction('offline_message.created', `${HANDLER}.offline_leads`, (event) =>
    createLeadFromOfflineMessage({ db: app.db, chatServices: app.chatServices, log: app.log }, event.payload as Payload<'offline_message.created'>),
  );
}

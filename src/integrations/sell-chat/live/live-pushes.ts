import type { FastifyInstance } from 'fastify';
import type { EventCatalogue } from '../../../platform/events/catalogue.ts';
import type { OutboxEvent } from '../../../platform/events/dispatcher.ts';
import { accountRoom, userRoom } from '../../../platform/realtime/rooms.ts';
import '../sell-chat-events.ts';

/** The integration's socket namespace: any signed-in user of the account (agents' cards, reps' Sell pages). */
export const SELL_CHAT_NAMESPACE = '/sell-chat';
const HANDLER = 'sell_chat.live';

/** What the namespace pushes (server → client). */
export type SellChatPushes = {
  /** S-21: a widget went live; open cards fetch their card again. */
  'sell_chat:widget_published': { widget: string; fields: string[]; publishedAt: string };
  /** An admin changed a setting (access mode, enabled …): open cards fetch again. */
  'sell_chat:settings_changed': { changed: string[]; accessMode: string; enabled: boolean };
  /** W-3: to the owner's open Sell pages. */
  'sell_chat:notification': EventCatalogue['sell_chat.rep_notified']['notification'];
};

const payload = <T extends keyof EventCatalogue>(event: OutboxEvent) => event.payload as EventCatalogue[T];

/**
 * Pushes after the change committed: outbox handlers run once the event is stored, on whichever node
 * drains it, and the Redis adapter (when configured) carries the push to every node's sockets.
 */
export function registerLivePushes(app: FastifyInstance) {
  const nsp = app.realtime.userNamespace(SELL_CHAT_NAMESPACE);
  const emit = <E extends keyof SellChatPushes>(room: string, name: E, data: SellChatPushes[E]) => nsp.to(room).emit(name, data);

  app.events.on('sell_chat.widget_published', HANDLER, async (event) => {
    const p = payload<'sell_chat.widget_published'>(event);
    emit(accountRoom(p.accountId), 'sell_chat:widget_published', { widget: p.widget, fields: p.fields, publishedAt: p.publishedAt });
  });
  app.events.on('sell_chat.settings_changed', HANDLER, async (event) => {
    const p = payload<'sell_chat.settings_changed'>(event);
    emit(accountRoom(p.accountId), 'sell_chat:settings_changed', { changed: p.changed, accessMode: p.accessMode, enabled: p.enabled });
  });
  app.events.on('sell_chat.rep_notified', HANDLER, async (event) => {
    const p = payload<'sell_chat.rep_notified'>(event);
    emit(userRoom(p.userId), 'sell_chat:notification', p.notification);
  });
}

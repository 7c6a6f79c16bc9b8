import type { AccessMode, WidgetName } from './sell-chat-tables.ts';
import type { NotificationView } from './notifications/notification-view.ts';

declare module '../../platform/events/catalogue.ts' {
  interface EventCatalogue {
    'sell_chat.settings_changed': { accountId: number; actorId: number; changed: string[]; accessMode: AccessMode; enabled: boolean };
    'sell_chat.widget_published': { accountId: number; actorId: number; widget: WidgetName; fields: string[]; publishedAt: string };
    /** W-2: a lead made from a chat; the lead's feed links back to the chat by it. */
    'sell_chat.lead_created': { accountId: number; leadId: number; chatId: string; agentId: number; actingUserId: number; ownerId: number | null; ownerRule: string };
    /** W-3: a note for the rep was added to a record and its owner notified. */
    'sell_chat.rep_notified': { accountId: number; userId: number; notification: NotificationView };
  }
}

export {};

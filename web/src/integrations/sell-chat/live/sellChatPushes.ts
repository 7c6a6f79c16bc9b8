import type { RepNotification } from '../notifications/notificationTypes';

/** What the /sell-chat namespace pushes (docs/sell-chat.md, "Socket pushes"). */
export type SellChatPushes = {
  'sell_chat:widget_published': { widget: string; fields: string[]; publishedAt: string };
  'sell_chat:settings_changed': { changed: string[]; accessMode: string; enabled: boolean };
  'sell_chat:notification': RepNotification;
  /** The socket connected again after a drop: pushes may have been missed meanwhile. */
  reconnect: undefined;
};

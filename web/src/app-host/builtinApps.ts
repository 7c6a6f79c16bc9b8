import { lazy, type ComponentType } from 'react';
import type { AppVisitor } from '../../../shared/app-bridge/tandem-apps';
import { chatSettingsPath } from '../integrations/sell-chat/paths';
import type { LocationApp } from '../marketplace/api/types';
import type { User } from '../ui/types';

export type BuiltinSidebarProps = { app: LocationApp; chat: { id: string; visitor: AppVisitor } };
export type BuiltinTopBarProps = { app: LocationApp };

type BuiltinApp = {
  chat_sidebar?: ComponentType<BuiltinSidebarProps>;
  sell_top_bar?: ComponentType<BuiltinTopBarProps>;
  /** Who meets the app, beyond its location's audience. */
  shownTo?: (user: User) => boolean;
  /**
   * Where the app is set up when that is a page of Tandem's own: its Settings in My Apps link there.
   * `texts` names the words of marketplace's `settings.elsewhere` that say what is set up there.
   */
  settingsPage?: { path: string; texts: 'sellChat' };
};

const SellForChatSidebar = lazy(() => import('../integrations/sell-chat/card/SellForChatSidebar').then((m) => ({ default: m.SellForChatSidebar })));
const ChatForSellTopBar = lazy(() => import('../integrations/chat-for-sell/ChatForSellTopBar').then((m) => ({ default: m.ChatForSellTopBar })));

/**
 * The apps shipped with Tandem (`"builtin": true` in their manifest) and the components that draw
 * them in place of a sandboxed frame: they run with the user's own session, so Sell answers as the
 * user (S-12), in the page's language and look. Installing, enabling and their OAuth grant stay
 * the Marketplace's.
 */
export const builtinApps: Record<string, BuiltinApp> = {
  // Set up with the Sell–Chat integration, in Sell › Settings › Integrations › Chat.
  'sell-for-chat': { chat_sidebar: SellForChatSidebar, settingsPage: { path: chatSettingsPath, texts: 'sellChat' } },
  // Chat inside Sell is for reps who are also Chat agents; others see no icon.
  'chat-for-sell': { sell_top_bar: ChatForSellTopBar, shownTo: (user) => user.chatRole !== 'none' },
};

/** Whether the user meets this app where it is placed (a framed app: always). */
export function isShownTo(app: LocationApp, user: User): boolean {
  const shownTo = app.builtin ? builtinApps[app.app_id]?.shownTo : undefined;
  return shownTo ? shownTo(user) : true;
}

/** The page of Tandem's own where a shipped app is set up, if it has one. */
export function builtinSettingsPage(appId: string): BuiltinApp['settingsPage'] | null {
  return builtinApps[appId]?.settingsPage ?? null;
}

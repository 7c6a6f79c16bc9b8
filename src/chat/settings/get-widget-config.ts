import type { ChatContext } from '../chat-context.ts';
import { accountStatusOf } from '../live/publish-account-status.ts';
import { loadChatSettings, type ChatSettings } from './chat-settings.ts';
import { listDepartments } from './list-departments.ts';

export type WidgetConfig = ChatSettings['widget'] & {
  /** Whether any agent is there to chat: `offline` means show the offline form. */
  accountStatus: 'online' | 'offline';
  /** Departments a visitor may choose in the pre-chat or offline form. */
  departments: { id: number; name: string }[];
};

/** What the widget needs to draw itself; public, so it shows nothing about agents but online/offline. */
export async function getWidgetConfig(ctx: Pick<ChatContext, 'chat' | 'account' | 'live'>): Promise<WidgetConfig> {
  const [settings, departments, accountStatus] = await Promise.all([
    loadChatSettings(ctx.chat, ctx.account.id),
    listDepartments(ctx, true),
    accountStatusOf(ctx),
  ]);
  return { ...settings.widget, accountStatus, departments: departments.map(({ id, name }) => ({ id, name })) };
}

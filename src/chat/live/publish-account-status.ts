import { accountRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';

/** Whether anyone is there to chat: `offline` means the widget shows the offline form. */
export async function accountStatusOf(ctx: Pick<ChatContext, 'account' | 'live'>): Promise<'online' | 'offline'> {
  return (await ctx.live.availableAgentIds(ctx.account.id)).length > 0 ? 'online' : 'offline';
}

/** Tells the account's widgets whether anyone is there to chat. */
export async function publishAccountStatus(ctx: Pick<ChatContext, 'account' | 'live'>): Promise<void> {
  ctx.live.toVisitors(accountRoom(ctx.account.id), 'account:status', { status: await accountStatusOf(ctx) });
}

import { nowIso } from '../../../platform/db/time.ts';
import { AppError } from '../../../platform/http/app-error.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { countUnread, markRead } from './notifications.repo.ts';

/** Marks one of the user's notifications read, or all of them (id null); answers the new unread count. */
export async function markNotificationsRead(ctx: IntegrationContext, id: number | null): Promise<{ unreadCount: number }> {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  await markRead(ctx.tables, ctx.account.id, ctx.actor.id, id, nowIso());
  return { unreadCount: await countUnread(ctx.tables, ctx.account.id, ctx.actor.id) };
}

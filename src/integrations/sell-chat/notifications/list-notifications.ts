import { z } from 'zod';
import { AppError } from '../../../platform/http/app-error.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { toNotificationView, type NotificationView } from './notification-view.ts';
import { countUnread, listNotificationRows } from './notifications.repo.ts';

export const notificationListSchema = z
  .object({
    cursor: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    unread: z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional(),
  })
  .strict();
export type NotificationListInput = z.input<typeof notificationListSchema>;

/** The signed-in user's notifications (W-3), newest first, with the unread count for a badge. */
export async function listNotifications(
  ctx: IntegrationContext,
  raw: NotificationListInput,
): Promise<{ items: NotificationView[]; unreadCount: number; nextCursor: number | null }> {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  const input = notificationListSchema.parse(raw);
  const [rows, unreadCount] = await Promise.all([
    listNotificationRows(ctx.tables, ctx.account.id, ctx.actor.id, input.cursor ?? null, input.limit + 1, input.unread ?? false),
    countUnread(ctx.tables, ctx.account.id, ctx.actor.id),
  ]);
  const page = rows.slice(0, input.limit);
  return { items: page.map(toNotificationView), unreadCount, nextCursor: rows.length > input.limit ? page[page.length - 1]!.id : null };
}

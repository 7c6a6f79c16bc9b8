import { z } from 'zod';
import type { OfflineMessagesPage } from '../../../shared/chat/views.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { toOfflineMessageView } from './offline-message-view.ts';
import { countUnreadOfflineMessages, listOfflineMessageRows } from './offline-messages.repo.ts';

export const listOfflineMessagesSchema = z
  .object({
    unread: z.enum(['true', 'false']).optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    perPage: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** Offline messages, newest first, for every agent of the account. */
export async function listOfflineMessages(
  ctx: ChatContext,
  rawInput: z.input<typeof listOfflineMessagesSchema>,
): Promise<OfflineMessagesPage> {
  requireAgent(ctx);
  const input = listOfflineMessagesSchema.parse(rawInput);
  const rows = await listOfflineMessageRows(ctx.chat, ctx.account.id, {
    unreadOnly: input.unread === 'true',
    limit: input.perPage + 1,
    offset: (input.page - 1) * input.perPage,
  });
  return {
    offlineMessages: rows.slice(0, input.perPage).map(toOfflineMessageView),
    unreadCount: await countUnreadOfflineMessages(ctx.chat, ctx.account.id),
    page: input.page,
    hasMore: rows.length > input.perPage,
  };
}

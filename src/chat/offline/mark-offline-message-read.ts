import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { toOfflineMessageView, type OfflineMessageView } from './offline-message-view.ts';
import { setOfflineMessageRead } from './offline-messages.repo.ts';

/** Any agent marks an offline message read (or unread again). */
export async function markOfflineMessageRead(ctx: ChatContext, id: string, read: boolean): Promise<OfflineMessageView> {
  const agent = requireAgent(ctx);
  const row = await setOfflineMessageRead(ctx.chat, ctx.account.id, id, read ? { by: agent.id, at: ctx.now() } : null);
  if (!row) throw notFound('That offline message');
  return toOfflineMessageView(row);
}

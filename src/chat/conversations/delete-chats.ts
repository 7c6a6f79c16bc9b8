import { conflict } from '../../platform/http/app-error.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireChatAdmin } from '../agents/chat-guards.ts';
import { deleteOfflineMessageRows, findOfflineMessages } from '../offline/offline-messages.repo.ts';
import { deleteChatRows, findChats } from './chats.repo.ts';

/**
 * Deletes ended chats (with their transcripts) and offline messages for good; only the Chat owner or
 * an admin may. An open chat is refused (end it first), and then nothing is deleted. Ids of nothing
 * (or of another account) are left out; returns the ids deleted. `chat.deleted` goes to the outbox
 * for each, so integrations can forget their copies.
 */
export async function deleteChats(ctx: ChatContext, ids: string[]): Promise<string[]> {
  const admin = requireChatAdmin(ctx, 'Only the Chat owner or a Chat admin can delete chats.');
  const unique = [...new Set(ids)];
  return ctx.chat.transaction().execute(async (trx) => {
    const chats = await findChats(trx, ctx.account.id, unique);
    const open = chats.find((c) => c.status !== 'ended');
    if (open) throw conflict('chat_open', `Chat ${open.id} is still going on. End it before deleting it.`);
    const offline = await findOfflineMessages(trx, ctx.account.id, unique);
    await deleteChatRows(trx, ctx.account.id, chats.map((c) => c.id));
    await deleteOfflineMessageRows(trx, ctx.account.id, offline.map((m) => m.id));
    const now = ctx.now();
    const deleted = [...chats.map((c) => ({ id: c.id, type: 'chat' as const })), ...offline.map((m) => ({ id: m.id, type: 'offline_msg' as const }))];
    for (const { id, type } of deleted) {
      await appendEvent(trx, ctx.account.id, 'chat.deleted', { accountId: ctx.account.id, chatId: id, type, actorId: admin?.id ?? null, deletedAt: now });
    }
    return deleted.map((d) => d.id);
  });
}

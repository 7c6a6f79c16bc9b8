import type { z } from 'zod';
import { appendEvent } from '../../platform/events/append-event.ts';
import { accountRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireVisitor } from '../agents/chat-guards.ts';
import { updateOpenChatVisitor } from '../conversations/chats.repo.ts';
import { visitorRoom } from '../live/chat-rooms.ts';
import { visitorDetailsSchema } from './visitor-input.ts';
import { toOwnVisitorView, toVisitorView, type OwnVisitorView } from './visitor-view.ts';
import { findVisitor, updateVisitorRow } from './visitors.repo.ts';

const FIELDS = ['name', 'email', 'phone'] as const;

/**
 * The host page tells who the visitor is (`identify`, or the pre-chat form later on). Their open chat
 * follows, its agents are told at once and `chat.visitor_updated` goes to the outbox, so the Sell app
 * can look the visitor up again (W-1). '' clears a detail; a missing one stays as it was.
 */
export async function identifyVisitor(ctx: ChatContext, rawInput: z.input<typeof visitorDetailsSchema>): Promise<{ visitor: OwnVisitorView; chatId: string | null }> {
  const { id } = requireVisitor(ctx);
  const input = visitorDetailsSchema.parse(rawInput);
  const result = await ctx.chat.transaction().execute(async (trx) => {
    const before = (await findVisitor(trx, ctx.account.id, id))!;
    const changed = FIELDS.filter((f) => input[f] !== undefined && input[f] !== before[f]);
    if (changed.length === 0) return { visitor: before, chat: undefined, changed };
    const now = ctx.now();
    const details = Object.fromEntries(changed.map((f) => [f, input[f]]));
    const visitor = await updateVisitorRow(trx, ctx.account.id, id, { ...details, last_seen_at: now });
    const chat = await updateOpenChatVisitor(trx, ctx.account.id, id, {
      ...Object.fromEntries(changed.map((f) => [`visitor_${f}`, input[f]])),
      updated_at: now,
    });
    if (chat) {
      await appendEvent(trx, ctx.account.id, 'chat.visitor_updated', {
        accountId: ctx.account.id,
        chatId: chat.id,
        visitor: { id, name: visitor.name, email: visitor.email, phone: visitor.phone },
        departmentId: chat.department_id,
        changed,
        agentId: chat.agent_id,
        updatedAt: now,
      });
    }
    return { visitor, chat, changed };
  });
  if (result.changed.length > 0) {
    ctx.live.toVisitors(visitorRoom(id), 'visitor:updated', toOwnVisitorView(result.visitor));
    if (result.chat) ctx.live.toAgents(accountRoom(ctx.account.id), 'chat:visitor_updated', { chatId: result.chat.id, visitor: toVisitorView(result.visitor) });
  }
  return { visitor: toOwnVisitorView(result.visitor), chatId: result.chat?.id ?? null };
}

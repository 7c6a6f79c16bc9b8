import { z } from 'zod';
import { invalid } from '../../platform/http/app-error.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { accountRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireVisitor } from '../agents/chat-guards.ts';
import { newChatId } from '../ids.ts';
import { findDepartment } from '../settings/departments.repo.ts';
import { visitorDetailsSchema } from '../visitors/visitor-input.ts';
import { updateVisitorRow } from '../visitors/visitors.repo.ts';
import { toOfflineMessageView, type OfflineMessageView } from './offline-message-view.ts';
import { insertOfflineMessage } from './offline-messages.repo.ts';

const details = visitorDetailsSchema.shape;

export const offlineMessageSchema = z
  .object({
    name: z.string().trim().min(1, 'Tell us your name.').max(255),
    email: z.string().trim().pipe(z.email('Enter a valid email address so we can answer.').max(254)),
    phone: details.phone,
    message: z
      .string()
      .max(5000, 'Keep the message under 5,000 characters.')
      .refine((t) => t.trim().length > 0, 'Write a message first.'),
    departmentId: z.number().int().positive().optional(),
  })
  .strict();

export type OfflineMessageInput = z.input<typeof offlineMessageSchema>;

/**
 * The offline form: stored for agents to answer later, shown to connected agents at once,
 * and written to the outbox (`offline_message.created`) for integrations (B-2).
 */
export async function sendOfflineMessage(ctx: ChatContext, rawInput: OfflineMessageInput): Promise<OfflineMessageView> {
  const visitor = requireVisitor(ctx);
  const input = offlineMessageSchema.parse(rawInput);
  if (input.departmentId !== undefined) {
    const department = await findDepartment(ctx.chat, ctx.account.id, input.departmentId);
    if (!department || department.enabled !== 1) throw invalid('departmentId', 'Choose one of the departments offered.');
  }
  const row = await ctx.chat.transaction().execute(async (trx) => {
    const now = ctx.now();
    const current = await updateVisitorRow(trx, ctx.account.id, visitor.id, {
      name: input.name,
      email: input.email,
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      last_seen_at: now,
    });
    const stored = await insertOfflineMessage(trx, {
      id: newChatId(now),
      account_id: ctx.account.id,
      visitor_id: visitor.id,
      department_id: input.departmentId ?? null,
      name: input.name,
      email: input.email,
      phone: current.phone,
      message: input.message,
      page_url: current.page_url,
      user_agent: current.user_agent,
      unread: 1,
      read_by_id: null,
      read_at: null,
      created_at: now,
    });
    await appendEvent(trx, ctx.account.id, 'offline_message.created', {
      accountId: ctx.account.id,
      offlineMessageId: stored.id,
      visitorId: visitor.id,
      departmentId: stored.department_id,
      name: stored.name,
      email: stored.email,
      phone: stored.phone,
      message: stored.message,
      createdAt: now,
    });
    return stored;
  });
  const view = toOfflineMessageView(row);
  ctx.live.toAgents(accountRoom(ctx.account.id), 'offline_message:created', view);
  return view;
}

import { z } from 'zod';
import { AppError, invalid } from '../../platform/http/app-error.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import type { ChatContext } from '../chat-context.ts';
import type { VisitorRow } from '../chat-tables.ts';
import { requireVisitor } from '../agents/chat-guards.ts';
import { chatRoom, visitorRoom } from '../live/chat-rooms.ts';
import { availableAgentsFor } from '../routing/eligible-agents.ts';
import { routeNewChat } from '../routing/route-new-chat.ts';
import { loadChatSettings, type ChatSettings } from '../settings/chat-settings.ts';
import { findDepartment } from '../settings/departments.repo.ts';
import { visitorDetailsSchema } from '../visitors/visitor-input.ts';
import { findVisitor, updateVisitorRow } from '../visitors/visitors.repo.ts';
import { newChatId } from '../ids.ts';
import { appendLogEntry, visitorLabel } from './append-log-entry.ts';
import { loadChatView, type ChatView } from './chat-view.ts';
import { findOpenChatOfVisitor, insertChat } from './chats.repo.ts';
import type { LogEntry } from './log-entry.ts';
import { clientIdSchema, messageTextSchema } from './message-input.ts';
import { publishLog } from './publish-chat.ts';
import { sendMessage } from './send-message.ts';

const startChatSchema = visitorDetailsSchema
  .extend({
    departmentId: z.number().int().positive().optional(),
    /** The visitor's first message, sent with the request (optional). */
    message: z.object({ clientId: clientIdSchema, text: messageTextSchema }).strict().optional(),
  })
  .strict();

export type StartChatInput = z.input<typeof startChatSchema>;

const agentsOffline = () =>
  new AppError(409, 'agents_offline', 'Nobody is available to chat right now. Leave a message and we will get back to you.');

/**
 * The visitor asks for a chat with the pre-chat details. A visitor has one open chat at a time:
 * asking again returns it. With no agent available the widget should offer the offline form instead.
 */
export async function startChat(ctx: ChatContext, rawInput: StartChatInput): Promise<{ chat: ChatView; entries: LogEntry[]; created: boolean }> {
  const { id: visitorId } = requireVisitor(ctx);
  const input = startChatSchema.parse(rawInput);
  const open = await findOpenChatOfVisitor(ctx.chat, ctx.account.id, visitorId);
  if (open) {
    // Asked again (a resend, another tab): the open chat, with the message added once.
    const entries = input.message ? [(await sendMessage(ctx, { chatId: open.id, ...input.message })).entry] : [];
    return { chat: (await loadChatView(ctx.chat, ctx.account.id, open.id))!, entries, created: false };
  }

  const settings = await loadChatSettings(ctx.chat, ctx.account.id);
  const departmentId = await checkDepartment(ctx, input.departmentId);
  if ((await availableAgentsFor(ctx, departmentId)).length === 0) throw agentsOffline();

  let result: { chatId: string; entries: LogEntry[] };
  try {
    result = await ctx.chat.transaction().execute(async (trx) => {
      const now = ctx.now();
      const visitor = await withPrechatDetails(ctx, trx, visitorId, input, settings, now);
      const chatId = newChatId(now);
      await insertChat(trx, {
        id: chatId,
        account_id: ctx.account.id,
        visitor_id: visitor.id,
        department_id: departmentId,
        status: 'waiting',
        visitor_name: visitor.name,
        visitor_email: visitor.email,
        visitor_phone: visitor.phone,
        agent_id: null,
        offered_agent_id: null,
        offered_at: null,
        rating: null,
        comment: null,
        ended_by: null,
        started_at: now,
        served_at: null,
        ended_at: null,
        updated_at: now,
      });
      const author = { authorKind: 'visitor' as const, agentId: null, authorName: visitorLabel(visitor) };
      const entries = [await appendLogEntry(trx, ctx.account.id, chatId, { type: 'chat.memberjoin', ...author }, now)];
      const snapshot = { id: visitor.id, name: visitor.name, email: visitor.email, phone: visitor.phone };
      const base = { accountId: ctx.account.id, chatId, visitor: snapshot, departmentId };
      await appendEvent(trx, ctx.account.id, 'chat.started', { ...base, startedAt: now });
      if (input.message) {
        const first = await appendLogEntry(trx, ctx.account.id, chatId, { type: 'chat.msg', ...author, ...input.message }, now);
        entries.push(first);
        await appendEvent(trx, ctx.account.id, 'chat.message', {
          ...base,
          seq: first.seq,
          author: first.author,
          agentId: null,
          text: first.text,
          createdAt: first.createdAt,
        });
      }
      return { chatId, entries };
    });
  } catch (error) {
    // Two tabs asked at once: the database kept one open chat, which both get.
    if (!isUniqueViolation(error)) throw error;
    return startChat(ctx, rawInput);
  }

  const chat = (await loadChatView(ctx.chat, ctx.account.id, result.chatId))!;
  ctx.live.joinVisitors(visitorRoom(visitorId), chatRoom(chat.id));
  publishLog(ctx.live, result.entries);
  await routeNewChat(ctx, chat, settings);
  return { chat, entries: result.entries, created: true };
}

async function checkDepartment(ctx: ChatContext, departmentId: number | undefined): Promise<number | null> {
  if (departmentId === undefined) return null;
  const department = await findDepartment(ctx.chat, ctx.account.id, departmentId);
  if (!department || department.enabled !== 1) throw invalid('departmentId', 'Choose one of the departments offered.');
  return department.id;
}

/** The visitor's details after the pre-chat form: what they typed, else what we knew; required ones must be there. */
async function withPrechatDetails(
  ctx: ChatContext,
  trx: Parameters<typeof findVisitor>[0],
  visitorId: number,
  input: z.output<typeof startChatSchema>,
  settings: ChatSettings,
  now: string,
): Promise<VisitorRow> {
  const visitor = (await findVisitor(trx, ctx.account.id, visitorId))!;
  const details = {
    name: input.name !== undefined ? input.name : visitor.name,
    email: input.email !== undefined ? input.email : visitor.email,
    phone: input.phone !== undefined ? input.phone : visitor.phone,
  };
  for (const field of ['name', 'email', 'phone'] as const) {
    if (settings.widget.prechat[field] === 'required' && !details[field]) throw invalid(field, 'This field is required.');
  }
  const changed = details.name !== visitor.name || details.email !== visitor.email || details.phone !== visitor.phone;
  return changed ? updateVisitorRow(trx, ctx.account.id, visitorId, { ...details, last_seen_at: now }) : visitor;
}

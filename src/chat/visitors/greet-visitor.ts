import { z } from 'zod';
import type { ChatContext } from '../chat-context.ts';
import { requireVisitor } from '../agents/chat-guards.ts';
import { loadChatView, toVisitorChatView, type VisitorChatView } from '../conversations/chat-view.ts';
import { findChat, findOpenChatOfVisitor } from '../conversations/chats.repo.ts';
import { chatIdSchema } from '../conversations/message-input.ts';
import type { LogEntry } from '../conversations/log-entry.ts';
import { readLog } from '../conversations/read-log.ts';
import { getWidgetConfig, type WidgetConfig } from '../settings/get-widget-config.ts';
import { pageSchema } from './visitor-input.ts';
import { trackVisitorPage } from './track-visitor-page.ts';
import { toOwnVisitorView, type OwnVisitorView } from './visitor-view.ts';
import { findVisitor } from './visitors.repo.ts';

const greetVisitorSchema = z
  .object({
    page: pageSchema.optional(),
    /** The last seq the widget has of its open chat (after a reload or reconnect); 0 or absent for all. */
    lastSeq: z.number().int().min(0).optional(),
    /** The chat the widget shows: if it ended meanwhile (while the visitor was offline), it comes back ended. */
    chatId: chatIdSchema.optional(),
  })
  .strict();

export type Greeting = {
  visitor: OwnVisitorView;
  widget: WidgetConfig;
  chat: VisitorChatView | null;
  /** The open chat's log after `lastSeq`. */
  entries: LogEntry[];
  hasMore: boolean;
};

/**
 * The widget (re)connects: who the visitor is, how the widget looks, and the open chat to resume with
 * what the widget missed. When the chat the widget shows ended meanwhile, that chat comes back instead,
 * so the visitor still sees the agent's last words and the end (and may rate it).
 */
export async function greetVisitor(ctx: ChatContext, rawInput: z.input<typeof greetVisitorSchema>): Promise<Greeting> {
  const { id } = requireVisitor(ctx);
  const input = greetVisitorSchema.parse(rawInput);
  if (input.page) await trackVisitorPage(ctx, input.page);
  const [visitor, widget, open] = await Promise.all([
    findVisitor(ctx.chat, ctx.account.id, id),
    getWidgetConfig(ctx),
    resumableChat(ctx, id, input.chatId),
  ]);
  if (!open) return { visitor: toOwnVisitorView(visitor!), widget, chat: null, entries: [], hasMore: false };
  const [chat, log] = await Promise.all([loadChatView(ctx.chat, ctx.account.id, open.id), readLog(ctx, { chatId: open.id, afterSeq: input.lastSeq ?? 0 })]);
  return { visitor: toOwnVisitorView(visitor!), widget, chat: toVisitorChatView(chat!), entries: log.entries, hasMore: log.hasMore };
}

/** The visitor's open chat, else the ended chat the widget still shows (never another visitor's). */
async function resumableChat(ctx: ChatContext, visitorId: number, shownChatId: string | undefined) {
  const open = await findOpenChatOfVisitor(ctx.chat, ctx.account.id, visitorId);
  if (open || shownChatId === undefined) return open;
  const shown = await findChat(ctx.chat, ctx.account.id, shownChatId);
  return shown?.visitor_id === visitorId ? shown : undefined;
}

import { z } from 'zod';
import type { HistoryItem, HistoryPage } from '../../../shared/chat/views.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { loadChatViews } from '../conversations/chat-view.ts';
import { toOfflineMessageView } from '../offline/offline-message-view.ts';
import { findOfflineMessages } from '../offline/offline-messages.repo.ts';
import { firstMessages, searchHistoryRows } from './history.repo.ts';

const isoDate = z.iso.datetime({ offset: true, message: 'Give a date and time such as 2025-01-31T00:00:00Z.' }).or(z.iso.date());

export const historyQuerySchema = z
  .object({
    /** Free text: words that must all appear in the visitor's name, email or the messages. */
    q: z.string().trim().max(200).optional(),
    /** The visitor's name or email (part of it). */
    visitor: z.string().trim().max(200).optional(),
    agentId: z.coerce.number().int().positive().optional(),
    visitorId: z.coerce.number().int().positive().optional(),
    type: z.enum(['chat', 'offline_msg']).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    page: z.coerce.number().int().min(1).max(1000).default(1),
    perPage: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

export type HistoryQuery = z.input<typeof historyQuerySchema>;

export type { HistoryItem };

/** Past chats and offline messages (A-8 history), newest first; any agent of the account may search. */
export async function searchHistory(ctx: ChatContext, rawInput: HistoryQuery): Promise<HistoryPage> {
  requireAgent(ctx);
  const input = historyQuerySchema.parse(rawInput);
  const { hits, total } = await searchHistoryRows(
    ctx.chat,
    ctx.account.id,
    {
      ...(input.type ? { type: input.type } : {}),
      ...(input.q ? { terms: input.q.split(/\s+/) } : {}),
      ...(input.visitor ? { visitor: input.visitor } : {}),
      ...(input.agentId !== undefined ? { agentId: input.agentId } : {}),
      ...(input.visitorId !== undefined ? { visitorId: input.visitorId } : {}),
      ...(input.from ? { from: startOf(input.from) } : {}),
      ...(input.to ? { to: endOf(input.to) } : {}),
    },
    { limit: input.perPage, offset: (input.page - 1) * input.perPage },
  );
  const items = await hydrate(ctx, hits);
  return { items, total, page: input.page, hasMore: input.page * input.perPage < total };
}

/** The hits as full records, in the hits' order. */
async function hydrate(ctx: ChatContext, hits: { id: string; type: 'chat' | 'offline_msg'; timestamp: string }[]): Promise<HistoryItem[]> {
  const chatIds = hits.filter((h) => h.type === 'chat').map((h) => h.id);
  const chats = new Map((await loadChatViews(ctx.chat, ctx.account.id, chatIds)).map((c) => [c.id, c]));
  const previews = await firstMessages(ctx.chat, ctx.account.id, chatIds);
  const offline = new Map(
    (await findOfflineMessages(ctx.chat, ctx.account.id, hits.filter((h) => h.type === 'offline_msg').map((h) => h.id))).map((o) => [o.id, o]),
  );
  return hits.flatMap((h): HistoryItem[] => {
    if (h.type === 'chat') {
      const chat = chats.get(h.id);
      return chat ? [{ type: 'chat', timestamp: h.timestamp, preview: previews.get(h.id) ?? null, chat }] : [];
    }
    const row = offline.get(h.id);
    return row ? [{ type: 'offline_msg', timestamp: h.timestamp, preview: row.message, offlineMessage: toOfflineMessageView(row) }] : [];
  });
}

/** A bare date means the whole day (UTC). */
const startOf = (d: string) => (d.length === 10 ? `${d}T00:00:00.000Z` : new Date(d).toISOString());
const endOf = (d: string) => (d.length === 10 ? `${d}T23:59:59.999Z` : new Date(d).toISOString());

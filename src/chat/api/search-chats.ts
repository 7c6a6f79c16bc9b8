import type { ChatContext } from '../chat-context.ts';
import { firstMessages, searchHistoryRows } from '../history/history.repo.ts';
import { findOfflineMessages } from '../offline/offline-messages.repo.ts';
import { nextPage, type UrlOf } from './api-paging.ts';
import { parseSearchQuery } from './search-query.ts';

/**
 * `GET /chats/search?q=`: hits `{id, type, timestamp, preview, url}`, newest first; clients hydrate
 * them with `GET /chats?ids=`.
 */
export async function searchChats(ctx: ChatContext, input: { q: string; page: number; limit: number }, urlOf: UrlOf) {
  const { q, page, limit } = input;
  const found = await searchHistoryRows(ctx.chat, ctx.account.id, parseSearchQuery(q), { limit, offset: (page - 1) * limit });
  const previews = await firstMessages(ctx.chat, ctx.account.id, found.hits.filter((h) => h.type === 'chat').map((h) => h.id));
  for (const m of await findOfflineMessages(ctx.chat, ctx.account.id, found.hits.filter((h) => h.type === 'offline_msg').map((h) => h.id))) {
    previews.set(m.id, m.message);
  }
  const pageUrl = (n: number) => urlOf(`/chats/search?q=${encodeURIComponent(q)}&page=${n}&limit=${limit}`);
  const next = nextPage(page, limit, found.total);
  return {
    results: found.hits.map((h) => ({ id: h.id, type: h.type, timestamp: h.timestamp, preview: previews.get(h.id) ?? '', url: urlOf(`/chats/${encodeURIComponent(h.id)}`) })),
    count: found.total,
    next_url: next ? pageUrl(next) : null,
    prev_url: page > 1 ? pageUrl(page - 1) : null,
  };
}

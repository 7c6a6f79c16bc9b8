import type { ChatContext } from '../chat-context.ts';
import { searchHistoryRows } from '../history/history.repo.ts';
import { nextPage, type UrlOf } from './api-paging.ts';
import { loadApiDocs } from './load-api-docs.ts';

/** `GET /chats`: chats and offline messages, newest first, a page at a time through `next_url`. */
export async function listChats(ctx: ChatContext, input: { page: number; limit: number }, urlOf: UrlOf) {
  const { page, limit } = input;
  const found = await searchHistoryRows(ctx.chat, ctx.account.id, {}, { limit, offset: (page - 1) * limit });
  const docs = await loadApiDocs(ctx, found.hits.map((h) => h.id));
  const next = nextPage(page, limit, found.total);
  return {
    chats: found.hits.flatMap((h) => docs.get(h.id) ?? []),
    count: found.total,
    next_url: next ? urlOf(`/chats?page=${next}&limit=${limit}`) : null,
  };
}

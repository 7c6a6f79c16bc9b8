import { z } from 'zod';

/** Zendesk's search refuses page 252 and beyond (chat-api.md 1.3); clients cut the time range instead. */
const MAX_PAGES = 251;

export const pageSchema = z.coerce.number().int().min(1).max(MAX_PAGES, `At most ${MAX_PAGES} pages; narrow the time range instead.`).default(1);

/** Absolute URLs of the API's pages: `next_url` is followed as given. */
export type UrlOf = (pathAndQuery: string) => string;

export function nextPage(page: number, limit: number, total: number): number | null {
  return page * limit < total && page < MAX_PAGES ? page + 1 : null;
}

import type { Page } from './types';
import { sellRequest } from './sellRequest';

interface OneEnvelope<T> {
  data: T;
}

interface CollectionEnvelope<T> {
  items: { data: T }[];
  meta: { links?: { next_page?: string; prev_page?: string } };
}

/** Largest page the API gives; settings lists are read whole, a page at a time. */
const MAX_PER_PAGE = 100;
/** Stops a runaway loop if a list never ends. */
const MAX_PAGES = 20;

export interface SellApi {
  /** A GET whose answer is not a standard envelope (the feed, with its cursor). */
  get<T>(path: string): Promise<T>;
  one<T>(path: string): Promise<T>;
  page<T>(path: string): Promise<Page<T>>;
  /** Every item of a short list (statuses, sources, users, stages). */
  all<T>(path: string): Promise<T[]>;
  create<T>(path: string, data: unknown): Promise<T>;
  update<T>(path: string, data: unknown): Promise<T>;
  remove(path: string): Promise<void>;
}

function withParam(path: string, name: string, value: string | number): string {
  const url = new URL(path, 'http://placeholder');
  url.searchParams.set(name, String(value));
  return `${url.pathname}${url.search}`;
}

/** The Sell API v2 with its envelopes unwrapped: `{data}` in and out, collections as pages. */
export function createSellApi(csrfToken: string): SellApi {
  const page = async <T>(path: string): Promise<Page<T>> => {
    const answer = await sellRequest<CollectionEnvelope<T>>('GET', path, csrfToken);
    return {
      items: answer.items.map((item) => item.data),
      hasNext: Boolean(answer.meta.links?.next_page),
      hasPrev: Boolean(answer.meta.links?.prev_page),
    };
  };
  return {
    get: <T>(path: string) => sellRequest<T>('GET', path, csrfToken),
    one: async <T>(path: string) => (await sellRequest<OneEnvelope<T>>('GET', path, csrfToken)).data,
    page,
    all: async <T>(path: string) => {
      const items: T[] = [];
      for (let number = 1; number <= MAX_PAGES; number += 1) {
        const current = await page<T>(withParam(withParam(path, 'per_page', MAX_PER_PAGE), 'page', number));
        items.push(...current.items);
        if (!current.hasNext) break;
      }
      return items;
    },
    create: async <T>(path: string, data: unknown) =>
      (await sellRequest<OneEnvelope<T>>('POST', path, csrfToken, { data })).data,
    update: async <T>(path: string, data: unknown) =>
      (await sellRequest<OneEnvelope<T>>('PUT', path, csrfToken, { data })).data,
    remove: (path: string) => sellRequest<void>('DELETE', path, csrfToken),
  };
}

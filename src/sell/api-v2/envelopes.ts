import type { FastifyRequest } from 'fastify';

export function one<T>(type: string, data: T) {
  return { data, meta: { type } };
}

/** A page of a collection with links to its neighbours: `next_page` only when there is one, no `prev_page` on page 1. */
export function many<T>(request: FastifyRequest, type: string, items: T[], page: number, perPage: number, hasMore: boolean) {
  const base = new URL(request.url, `${request.protocol}://${request.headers.host ?? 'localhost'}`);
  const link = (p: number) => {
    const url = new URL(base);
    url.searchParams.set('page', String(p));
    url.searchParams.set('per_page', String(perPage));
    return url.toString();
  };
  return {
    items: items.map((data) => ({ data, meta: { type } })),
    meta: {
      type: 'collection',
      count: items.length,
      links: {
        self: link(page),
        first_page: link(1),
        ...(page > 1 ? { prev_page: link(page - 1) } : {}),
        ...(hasMore ? { next_page: link(page + 1) } : {}),
      },
    },
  };
}

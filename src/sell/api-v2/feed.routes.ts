import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { feedKinds } from '../feed/feed-kinds.ts';
import { listFeed } from '../feed/list-feed.ts';
import { invalidParam } from '../records/apply-list-request.ts';
import type { ResourceType } from '../sell-tables.ts';
import { refuseQuery } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { idDocs } from './route-docs.ts';

/**
 * Our extension to the API: a record's activity feed, newest first with a cursor:
 * `GET /v2/leads/{id}/feed?type=note,status_changed&per_page=25&cursor=…`.
 */
export async function feedRoutes(app: FastifyInstance) {
  for (const [path, resourceType] of [['leads', 'lead'], ['contacts', 'contact'], ['deals', 'deal']] as [string, ResourceType][]) {
    app.get(`/${path}/:id/feed`, { config: { scope: 'read', resource: 'feed_item' }, schema: idDocs('Activity feed', `A ${resourceType}'s activity, newest first (type, per_page, cursor)`) }, async (request) => {
      const query = request.query as Record<string, string | undefined>;
      refuseQuery(query, ['type', 'cursor', 'per_page']);
      const kinds = query.type?.split(',').filter(Boolean);
      for (const kind of kinds ?? []) {
        if (!(feedKinds as readonly string[]).includes(kind)) throw invalidParam('type', `must be one or more of ${feedKinds.join(', ')}; given: ${kind}`);
      }
      const perPage = query.per_page === undefined ? 25 : Number(query.per_page);
      if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) throw invalidParam('per_page', `must be between 1 and 100, given: ${query.per_page}`);
      const feed = await listFeed(opContext(request), resourceType, recordId(request.params), {
        perPage,
        ...(kinds ? { kinds } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      });
      return {
        items: feed.items.map((data) => ({ data, meta: { type: 'feed_item' } })),
        meta: { type: 'collection', count: feed.items.length, next_cursor: feed.nextCursor },
      };
    });
  }
}

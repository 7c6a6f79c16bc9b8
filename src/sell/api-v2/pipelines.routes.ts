import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { listPipelines } from '../pipelines/list-pipelines.ts';
import { many } from './envelopes.ts';
import { parseListQuery, type ListSpec } from './parse-list-query.ts';
import { listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: { name: { column: 'name', kind: 'string' } },
  sortable: ['id', 'name', 'position', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};

/** Pipelines are read-only through the API: admins shape them in Sell's settings. */
export async function pipelineRoutes(app: FastifyInstance) {
  app.get('/pipelines', { config: { scope: 'read', resource: 'pipeline' }, schema: listDocs('Pipelines', 'List pipelines', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listPipelines(opContext(request), list);
    return many(request, 'pipeline', items, list.page, list.perPage, hasMore);
  });
}

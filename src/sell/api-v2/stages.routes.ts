import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { listStages } from '../pipelines/list-stages.ts';
import { many } from './envelopes.ts';
import { parseListQuery, type ListSpec } from './parse-list-query.ts';
import { listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    pipeline_id: { column: 'pipeline_id', kind: 'id' },
    active: { column: 'active', kind: 'bool' },
    name: { column: 'name', kind: 'string' },
  },
  sortable: ['id', 'name', 'position', 'likelihood', 'pipeline_id', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};

/** Stages are read-only through the API, like their pipelines. */
export async function stageRoutes(app: FastifyInstance) {
  app.get('/stages', { config: { scope: 'read', resource: 'stage' }, schema: listDocs('Pipelines', 'List pipeline stages', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listStages(opContext(request), list);
    return many(request, 'stage', items, list.page, list.perPage, hasMore);
  });
}

import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { callInputSchema, callReadOnlyFields } from '../calls/call-input.ts';
import { toCallOutcomeView } from '../calls/call-outcome-view.ts';
import { createCall } from '../calls/create-call.ts';
import { deleteCall } from '../calls/delete-call.ts';
import { getCall } from '../calls/get-call.ts';
import { listCallOutcomes } from '../calls/list-call-outcomes.ts';
import { listCalls } from '../calls/list-calls.ts';
import { updateCall } from '../calls/update-call.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    resource_id: { column: 'resource_id', kind: 'id' },
    resource_type: { column: 'resource_type', kind: 'string' },
  },
  sortable: ['id', 'made_at', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};
const outcomeSpec: ListSpec = { filters: {}, sortable: ['id', 'name', 'created_at', 'updated_at'], defaultSort: 'id:asc' };
const writable = Object.keys(callInputSchema.shape);

/** Calls logged on leads and contacts (or on none), and the outcomes a call can have. */
export async function callRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'call' } as const;
  const write = { scope: 'write', resource: 'call' } as const;

  app.get('/calls', { config: read, schema: listDocs('Calls', 'List calls', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listCalls(opContext(request), list);
    return many(request, 'call', items, list.page, list.perPage, hasMore);
  });
  app.post('/calls', { config: write, schema: bodyDocs('Calls', 'Log a call', callInputSchema) }, async (request) => {
    return one('call', await createCall(opContext(request), parseBody(request.body, writable, callReadOnlyFields)));
  });
  app.get('/calls/:id', { config: read, schema: idDocs('Calls', 'Retrieve a call') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('call', await getCall(opContext(request), recordId(request.params)));
  });
  app.put('/calls/:id', { config: write, schema: bodyDocs('Calls', 'Update a call', callInputSchema, true) }, async (request) => {
    return one('call', await updateCall(opContext(request), recordId(request.params), parseBody(request.body, writable, callReadOnlyFields)));
  });
  app.delete('/calls/:id', { config: write, schema: idDocs('Calls', 'Delete a call') }, async (request, reply) => {
    await deleteCall(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });

  app.get('/call_outcomes', { config: { scope: 'read', resource: 'call_outcome' }, schema: listDocs('Call outcomes', 'List call outcomes', outcomeSpec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, outcomeSpec);
    const { items, hasMore } = await listCallOutcomes(opContext(request), list);
    return many(request, 'call_outcome', items.map(toCallOutcomeView), list.page, list.perPage, hasMore);
  });
}

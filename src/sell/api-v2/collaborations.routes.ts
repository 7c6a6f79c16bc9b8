import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { collaborationInputSchema, collaborationReadOnlyFields } from '../collaborations/collaboration-input.ts';
import { toCollaborationView } from '../collaborations/collaboration-view.ts';
import { createCollaboration } from '../collaborations/create-collaboration.ts';
import { deleteCollaboration } from '../collaborations/delete-collaboration.ts';
import { getCollaboration } from '../collaborations/get-collaboration.ts';
import { listCollaborations } from '../collaborations/list-collaborations.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    creator_id: { column: 'creator_id', kind: 'id' },
    resource_id: { column: 'resource_id', kind: 'id' },
    resource_type: { column: 'resource_type', kind: 'string' },
  },
  sortable: ['id', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};
const writable = Object.keys(collaborationInputSchema.shape);

/** Collaborators on leads, contacts and deals: added and removed, never changed. */
export async function collaborationRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'collaboration' } as const;
  const write = { scope: 'write', resource: 'collaboration' } as const;

  app.get('/collaborations', { config: read, schema: listDocs('Collaborations', 'List collaborations', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listCollaborations(opContext(request), list);
    return many(request, 'collaboration', items.map(toCollaborationView), list.page, list.perPage, hasMore);
  });
  app.post('/collaborations', { config: write, schema: bodyDocs('Collaborations', 'Add a collaborator to a record', collaborationInputSchema) }, async (request) => {
    const input = parseBody(request.body, writable, collaborationReadOnlyFields);
    return one('collaboration', toCollaborationView(await createCollaboration(opContext(request), input)));
  });
  app.get('/collaborations/:id', { config: read, schema: idDocs('Collaborations', 'Retrieve a collaboration') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('collaboration', toCollaborationView(await getCollaboration(opContext(request), recordId(request.params))));
  });
  app.delete('/collaborations/:id', { config: write, schema: idDocs('Collaborations', 'Remove a collaborator') }, async (request, reply) => {
    await deleteCollaboration(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

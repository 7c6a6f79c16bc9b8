import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { tagInputSchema, tagReadOnlyFields } from '../tags/tag-input.ts';
import { createTag } from '../tags/create-tag.ts';
import { deleteTag } from '../tags/delete-tag.ts';
import { getTag } from '../tags/get-tag.ts';
import { listTags } from '../tags/list-tags.ts';
import { toTagView } from '../tags/tag-view.ts';
import { updateTag } from '../tags/update-tag.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    creator_id: { column: 'creator_id', kind: 'id' },
    name: { column: 'name', kind: 'string' },
    resource_type: { column: 'resource_type', kind: 'string' },
  },
  sortable: ['id', 'name', 'created_at', 'updated_at'],
  defaultSort: 'updated_at:asc',
};
const writable = Object.keys(tagInputSchema.shape);

export async function tagRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'tag' } as const;
  const write = { scope: 'write', resource: 'tag' } as const;
  app.get('/tags', { config: read, schema: listDocs('Tags', 'List tags', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listTags(opContext(request), list);
    return many(request, 'tag', items.map(toTagView), list.page, list.perPage, hasMore);
  });
  app.post('/tags', { config: write, schema: bodyDocs('Tags', 'Create a tag', tagInputSchema) }, async (request) => one('tag', toTagView(await createTag(opContext(request), parseBody(request.body, writable, tagReadOnlyFields)))));
  app.get('/tags/:id', { config: read, schema: idDocs('Tags', 'Retrieve a tag') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('tag', toTagView(await getTag(opContext(request), recordId(request.params))));
  });
  app.put('/tags/:id', { config: write, schema: bodyDocs('Tags', 'Rename a tag everywhere', tagInputSchema, true) }, async (request) =>
    one('tag', toTagView(await updateTag(opContext(request), recordId(request.params), parseBody(request.body, writable, tagReadOnlyFields)))),
  );
  app.delete('/tags/:id', { config: write, schema: idDocs('Tags', 'Delete a tag') }, async (request, reply) => {
    await deleteTag(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

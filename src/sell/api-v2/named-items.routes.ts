import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createNamedItem } from '../named-items/create-named-item.ts';
import { deleteNamedItem } from '../named-items/delete-named-item.ts';
import { getNamedItem } from '../named-items/get-named-item.ts';
import { namedItemEndpoints } from '../named-items/named-item-kinds.ts';
import { toNamedItemView } from '../named-items/named-item-view.ts';
import { listNamedItems } from '../named-items/list-named-items.ts';
import { updateNamedItem } from '../named-items/update-named-item.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';
import { namedItemInputSchema } from '../named-items/named-item-input.ts';

const spec: ListSpec = {
  filters: { name: { column: 'name', kind: 'string' } },
  sortable: ['id', 'name', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};
const readOnly = ['id', 'creator_id', 'created_at', 'updated_at'];

/** Sources, loss reasons and unqualified reasons: the same small resource under several names. */
export async function namedItemRoutes(app: FastifyInstance) {
  for (const { path, kind, type, label, writable, resourceType } of namedItemEndpoints) {
    const title = path.split('_').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
    const read = { scope: 'read', resource: type } as const;
    const write = { scope: 'write', resource: type } as const;
    const view = (item: Parameters<typeof toNamedItemView>[0]) => toNamedItemView(item, resourceType);
    const body = (raw: unknown) => parseBody(raw, ['name', 'resource_type'], readOnly) as { name?: string };

    app.get(`/${path}`, { config: read, schema: listDocs(title, `List ${label}s`, spec) }, async (request) => {
      const list = parseListQuery(request.query as Record<string, string>, spec);
      const { items, hasMore } = await listNamedItems(opContext(request), kind, list);
      return many(request, type, items.map(view), list.page, list.perPage, hasMore);
    });
    app.get(`/${path}/:id`, { config: read, schema: idDocs(title, `Retrieve a ${label}`) }, async (request) => {
      refuseQuery(request.query as Record<string, string>);
      return one(type, view(await getNamedItem(opContext(request), kind, label, recordId(request.params))));
    });
    if (!writable) continue;
    app.post(`/${path}`, { config: write, schema: bodyDocs(title, `Create a ${label} (Sell admins)`, namedItemInputSchema) }, async (request) => {
      const input = body(request.body);
      return one(type, view(await createNamedItem(opContext(request), kind, label, { name: input.name ?? '' })));
    });
    app.put(`/${path}/:id`, { config: write, schema: bodyDocs(title, `Rename a ${label} (Sell admins)`, namedItemInputSchema, true) }, async (request) => {
      return one(type, view(await updateNamedItem(opContext(request), kind, label, recordId(request.params), body(request.body))));
    });
    app.delete(`/${path}/:id`, { config: write, schema: idDocs(title, `Delete a ${label} (Sell admins)`) }, async (request, reply) => {
      await deleteNamedItem(opContext(request), kind, label, recordId(request.params));
      return reply.status(204).send();
    });
  }
}

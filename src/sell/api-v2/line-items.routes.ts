import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { opContext } from '../../platform/http/op-context.ts';
import { createLineItem } from '../orders/create-line-item.ts';
import { deleteLineItem } from '../orders/delete-line-item.ts';
import { getLineItem } from '../orders/get-line-item.ts';
import { lineItemInputSchema, lineItemReadOnlyFields } from '../orders/line-item-input.ts';
import { toLineItemView } from '../orders/line-item-view.ts';
import { listLineItems } from '../orders/list-line-items.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, listDocs, plainDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    quantity: { column: 'quantity', kind: 'int' },
    value: { column: 'value', kind: 'string' },
  },
  sortable: ['id', 'quantity', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};
const writable = Object.keys(lineItemInputSchema.shape);
const TAG = 'Line items';
const orderParams = z.object({ order_id: z.number().int() });
const itemParams = orderParams.extend({ id: z.number().int() });

/** An order's line items: made and deleted, never changed. */
export async function lineItemRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'line_item' } as const;
  const write = { scope: 'write', resource: 'line_item' } as const;
  const ids = (params: unknown) => [recordId(params, 'order_id'), recordId(params)] as const;

  app.get('/orders/:order_id/line_items', { config: read, schema: { ...listDocs(TAG, 'List an order’s line items', spec), params: orderParams } }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listLineItems(opContext(request), recordId(request.params, 'order_id'), list);
    return many(request, 'line_item', items.map(toLineItemView), list.page, list.perPage, hasMore);
  });
  app.post('/orders/:order_id/line_items', { config: write, schema: { ...bodyDocs(TAG, 'Add a product to an order', lineItemInputSchema), params: orderParams } }, async (request) => {
    const input = parseBody(request.body, writable, lineItemReadOnlyFields);
    return one('line_item', toLineItemView(await createLineItem(opContext(request), recordId(request.params, 'order_id'), input)));
  });
  app.get('/orders/:order_id/line_items/:id', { config: read, schema: { ...plainDocs(TAG, 'Retrieve a line item'), params: itemParams } }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('line_item', toLineItemView(await getLineItem(opContext(request), ...ids(request.params))));
  });
  app.delete('/orders/:order_id/line_items/:id', { config: write, schema: { ...plainDocs(TAG, 'Remove a line item from an order'), params: itemParams } }, async (request, reply) => {
    await deleteLineItem(opContext(request), ...ids(request.params));
    return reply.status(204).send();
  });
}

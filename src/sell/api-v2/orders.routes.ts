import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createOrder } from '../orders/create-order.ts';
import { deleteOrder } from '../orders/delete-order.ts';
import { getOrder } from '../orders/get-order.ts';
import { listOrders } from '../orders/list-orders.ts';
import { orderInputSchema, orderReadOnlyFields } from '../orders/order-input.ts';
import { toOrderView } from '../orders/order-view.ts';
import { updateOrder } from '../orders/update-order.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: { deal_id: { column: 'deal_id', kind: 'id' } },
  sortable: ['id', 'deal_id', 'discount', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};
const writable = Object.keys(orderInputSchema.shape);

/** Orders: one per deal, seen with their deal. */
export async function orderRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'order' } as const;
  const write = { scope: 'write', resource: 'order' } as const;

  app.get('/orders', { config: read, schema: listDocs('Orders', 'List orders', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listOrders(opContext(request), list);
    return many(request, 'order', items.map(toOrderView), list.page, list.perPage, hasMore);
  });
  app.post('/orders', { config: write, schema: bodyDocs('Orders', 'Create the order of a deal', orderInputSchema) }, async (request) => {
    return one('order', toOrderView(await createOrder(opContext(request), parseBody(request.body, writable, orderReadOnlyFields))));
  });
  app.get('/orders/:id', { config: read, schema: idDocs('Orders', 'Retrieve an order') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('order', toOrderView(await getOrder(opContext(request), recordId(request.params))));
  });
  app.put('/orders/:id', { config: write, schema: bodyDocs('Orders', 'Update an order', orderInputSchema, true) }, async (request) => {
    return one('order', toOrderView(await updateOrder(opContext(request), recordId(request.params), parseBody(request.body, writable, orderReadOnlyFields))));
  });
  app.delete('/orders/:id', { config: write, schema: idDocs('Orders', 'Delete an order and its line items') }, async (request, reply) => {
    await deleteOrder(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

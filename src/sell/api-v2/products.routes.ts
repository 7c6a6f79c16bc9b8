import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createProduct } from '../products/create-product.ts';
import { deleteProduct } from '../products/delete-product.ts';
import { getProduct } from '../products/get-product.ts';
import { listProducts } from '../products/list-products.ts';
import { productInputSchema, productReadOnlyFields } from '../products/product-input.ts';
import { updateProduct } from '../products/update-product.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    name: { column: 'name', kind: 'string' },
    sku: { column: 'sku', kind: 'string' },
    active: { column: 'active', kind: 'bool' },
  },
  sortable: ['id', 'name', 'sku', 'created_at', 'updated_at'],
  defaultSort: 'id:asc',
};
const writable = Object.keys(productInputSchema.shape);

/** The account's product catalogue: every Sell user reads and writes it, Sell admins delete. */
export async function productRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'product' } as const;
  const write = { scope: 'write', resource: 'product' } as const;

  app.get('/products', { config: read, schema: listDocs('Products', 'List products', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listProducts(opContext(request), list);
    return many(request, 'product', items, list.page, list.perPage, hasMore);
  });
  app.post('/products', { config: write, schema: bodyDocs('Products', 'Create a product', productInputSchema) }, async (request) => {
    return one('product', await createProduct(opContext(request), parseBody(request.body, writable, productReadOnlyFields)));
  });
  app.get('/products/:id', { config: read, schema: idDocs('Products', 'Retrieve a product') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('product', await getProduct(opContext(request), recordId(request.params)));
  });
  app.put('/products/:id', { config: write, schema: bodyDocs('Products', 'Update a product (prices sent replace the whole list)', productInputSchema, true) }, async (request) => {
    return one('product', await updateProduct(opContext(request), recordId(request.params), parseBody(request.body, writable, productReadOnlyFields)));
  });
  app.delete('/products/:id', { config: write, schema: idDocs('Products', 'Delete a product (Sell admins)') }, async (request, reply) => {
    await deleteProduct(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

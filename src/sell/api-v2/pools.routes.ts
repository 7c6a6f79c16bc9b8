import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { createPool } from '../pools/create-pool.ts';
import { deletePool } from '../pools/delete-pool.ts';
import { listPoolPicks } from '../pools/list-pool-picks.ts';
import { poolInputSchema, poolReadOnlyFields } from '../pools/pool-input.ts';
import { presentPools } from '../pools/pool-view.ts';
import { findPool, listPools } from '../pools/pools.repo.ts';
import { updatePool } from '../pools/update-pool.ts';
import { sellContext } from '../sell-context.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { refuseQuery } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, plainDocs } from './route-docs.ts';

const writable = Object.keys(poolInputSchema.shape);

/** Our extension: distribution pools — read by every Sell user (they appear in owner pickers), changed by admins. */
export async function poolRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'pool' } as const;
  const write = { scope: 'write', resource: 'pool' } as const;
  const body = (raw: unknown) => parseBody(raw, writable, poolReadOnlyFields);

  app.get('/pools', { config: read, schema: plainDocs('Distribution pools', 'List pools') }, async (request) => {
    refuseQuery(request.query as Record<string, string>, ['page', 'per_page']);
    const ctx = await sellContext(opContext(request));
    const items = await presentPools(ctx.sell, await listPools(ctx.sell, ctx.account.id));
    return many(request, 'pool', items, 1, Math.max(items.length, 1), false);
  });
  app.post('/pools', { config: write, schema: bodyDocs('Distribution pools', 'Create a pool (Sell admins)', poolInputSchema) }, async (request) => {
    const ctx = opContext(request);
    const pool = await createPool(ctx, body(request.body));
    return one('pool', (await presentPools((await sellContext(ctx)).sell, [pool]))[0]);
  });
  app.get('/pools/:id', { config: read, schema: idDocs('Distribution pools', 'Retrieve a pool') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    const ctx = await sellContext(opContext(request));
    const pool = await findPool(ctx.sell, ctx.account.id, recordId(request.params));
    if (!pool) throw notFound('That pool');
    return one('pool', (await presentPools(ctx.sell, [pool]))[0]);
  });
  app.put('/pools/:id', { config: write, schema: bodyDocs('Distribution pools', 'Rename a pool or set its members in order (Sell admins)', poolInputSchema, true) }, async (request) => {
    const ctx = opContext(request);
    const pool = await updatePool(ctx, recordId(request.params), body(request.body));
    return one('pool', (await presentPools((await sellContext(ctx)).sell, [pool]))[0]);
  });
  app.delete('/pools/:id', { config: write, schema: idDocs('Distribution pools', 'Delete a pool (Sell admins)') }, async (request, reply) => {
    await deletePool(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
  app.get('/pools/:id/picks', { config: read, schema: idDocs('Distribution pools', 'Recent assignments and why each owner was picked') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    const picks = await listPoolPicks(opContext(request), recordId(request.params), 50);
    return many(request, 'pool_pick', picks, 1, 50, false);
  });
}

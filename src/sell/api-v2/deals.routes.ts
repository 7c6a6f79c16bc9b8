import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createDeal } from '../deals/create-deal.ts';
import { dealInputSchema, dealReadOnlyFields } from '../deals/deal-input.ts';
import { deleteDeal } from '../deals/delete-deal.ts';
import { getDeal } from '../deals/get-deal.ts';
import { listDeals } from '../deals/list-deals.ts';
import { presentDeal } from '../deals/present-deal.ts';
import { updateDeal } from '../deals/update-deal.ts';
import { sellDb } from '../sell-tables.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const writable = Object.keys(dealInputSchema.shape);

export const dealListSpec: ListSpec = {
  filters: {
    contact_id: { column: 'contact_id', kind: 'id' },
    creator_id: { column: 'creator_id', kind: 'id' },
    hot: { column: 'hot', kind: 'bool' },
    organization_id: { column: 'organization_id', kind: 'id' },
    owner_id: { column: 'owner_id', kind: 'id' },
    source_id: { column: 'source_id', kind: 'id' },
    stage_id: { column: 'stage_id', kind: 'id' },
    estimated_close_date: { column: 'estimated_close_date', kind: 'date' },
  },
  sortable: ['id', 'created_at', 'updated_at', 'name', 'estimated_close_date', 'last_stage_change_at', 'added_at'],
  defaultSort: 'id:asc',
  custom: true,
  search: true,
};

export async function dealRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'deal' } as const;
  const write = { scope: 'write', resource: 'deal' } as const;

  app.get('/deals', { config: read, schema: listDocs('Deals', 'List deals', dealListSpec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, dealListSpec);
    const { items, hasMore } = await listDeals(opContext(request), list);
    return many(request, 'deal', items, list.page, list.perPage, hasMore);
  });

  app.post('/deals', { config: write, schema: bodyDocs('Deals', 'Create a deal', dealInputSchema) }, async (request) => {
    const ctx = opContext(request);
    const deal = await createDeal(ctx, parseBody(request.body, writable, dealReadOnlyFields));
    return one('deal', await presentDeal(sellDb(ctx.db), ctx.account.id, deal));
  });

  app.get('/deals/:id', { config: read, schema: idDocs('Deals', 'Retrieve a deal') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('deal', await getDeal(opContext(request), recordId(request.params)));
  });

  app.put('/deals/:id', { config: write, schema: bodyDocs('Deals', 'Update a deal (only the attributes sent change)', dealInputSchema, true) }, async (request) => {
    const ctx = opContext(request);
    const deal = await updateDeal(ctx, recordId(request.params), parseBody(request.body, writable, dealReadOnlyFields));
    return one('deal', await presentDeal(sellDb(ctx.db), ctx.account.id, deal));
  });

  app.delete('/deals/:id', { config: write, schema: idDocs('Deals', 'Delete a deal and its associated contacts') }, async (request, reply) => {
    await deleteDeal(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createLead } from '../leads/create-lead.ts';
import { deleteLead } from '../leads/delete-lead.ts';
import { getLead } from '../leads/get-lead.ts';
import { leadInputSchema, leadReadOnlyFields } from '../leads/lead-input.ts';
import { listLeads } from '../leads/list-leads.ts';
import { presentLead } from '../leads/present-lead.ts';
import { updateLead } from '../leads/update-lead.ts';
import { sellDb } from '../sell-tables.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const writable = Object.keys(leadInputSchema.shape);

export const leadListSpec: ListSpec = {
  filters: {
    creator_id: { column: 'creator_id', kind: 'id' },
    owner_id: { column: 'owner_id', kind: 'id' },
    source_id: { column: 'source_id', kind: 'id' },
    first_name: { column: 'first_name', kind: 'string' },
    last_name: { column: 'last_name', kind: 'string' },
    organization_name: { column: 'organization_name', kind: 'string' },
    status: { column: 'status', kind: 'string' },
    email: { column: 'email_lower', kind: 'string' },
  },
  sortable: ['id', 'created_at', 'updated_at', 'first_name', 'last_name', 'organization_name', 'status'],
  defaultSort: 'updated_at:asc',
  address: true,
  custom: true,
  search: true,
};

export async function leadRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'lead' } as const;
  const write = { scope: 'write', resource: 'lead' } as const;

  app.get('/leads', { config: read, schema: listDocs('Leads', 'List leads', leadListSpec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, leadListSpec);
    if (list.equals.email_lower) list.equals.email_lower = String(list.equals.email_lower).trim().toLowerCase();
    const { items, hasMore } = await listLeads(opContext(request), list);
    return many(request, 'lead', items, list.page, list.perPage, hasMore);
  });

  app.post('/leads', { config: write, schema: bodyDocs('Leads', 'Create a lead', leadInputSchema) }, async (request) => {
    const ctx = opContext(request);
    const lead = await createLead(ctx, parseBody(request.body, writable, leadReadOnlyFields));
    return one('lead', await presentLead(sellDb(ctx.db), ctx.account.id, lead));
  });

  app.get('/leads/:id', { config: read, schema: idDocs('Leads', 'Retrieve a lead') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('lead', await getLead(opContext(request), recordId(request.params)));
  });

  app.put('/leads/:id', { config: write, schema: bodyDocs('Leads', 'Update a lead (only the attributes sent change)', leadInputSchema, true) }, async (request) => {
    const ctx = opContext(request);
    const lead = await updateLead(ctx, recordId(request.params), parseBody(request.body, writable, leadReadOnlyFields));
    return one('lead', await presentLead(sellDb(ctx.db), ctx.account.id, lead));
  });

  app.delete('/leads/:id', { config: write, schema: idDocs('Leads', 'Delete a lead') }, async (request, reply) => {
    await deleteLead(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createLeadStatus } from '../lead-statuses/create-lead-status.ts';
import { deleteLeadStatus } from '../lead-statuses/delete-lead-status.ts';
import { leadStatusInputSchema, leadStatusReadOnlyFields } from '../lead-statuses/lead-status-input.ts';
import { toLeadStatusView } from '../lead-statuses/lead-status-view.ts';
import { listLeadStatuses } from '../lead-statuses/lead-statuses.repo.ts';
import { reorderLeadStatuses } from '../lead-statuses/reorder-lead-statuses.ts';
import { updateLeadStatus } from '../lead-statuses/update-lead-status.ts';
import { sellContext } from '../sell-context.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { refuseQuery } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, plainDocs } from './route-docs.ts';
import { z } from 'zod';

const writable = Object.keys(leadStatusInputSchema.shape);

/** The ordered list of lead statuses; reads for everyone, changes for Sell admins. */
export async function leadStatusRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'lead_status' } as const;
  const write = { scope: 'write', resource: 'lead_status' } as const;
  const all = (request: Parameters<typeof opContext>[0], items: Parameters<typeof toLeadStatusView>[0][]) =>
    many(request, 'lead_status', items.map(toLeadStatusView), 1, Math.max(items.length, 1), false);

  app.get('/lead_statuses', { config: read, schema: plainDocs('Lead statuses', 'List lead statuses in order') }, async (request) => {
    refuseQuery(request.query as Record<string, string>, ['page', 'per_page']);
    const ctx = await sellContext(opContext(request));
    return all(request, await listLeadStatuses(ctx.sell, ctx.account.id));
  });
  app.post('/lead_statuses', { config: write, schema: bodyDocs('Lead statuses', 'Add a lead status (Sell admins)', leadStatusInputSchema) }, async (request) =>
    one('lead_status', toLeadStatusView(await createLeadStatus(opContext(request), parseBody(request.body, writable, leadStatusReadOnlyFields)))),
  );
  app.put('/lead_statuses/order', { config: write, schema: bodyDocs('Lead statuses', 'Reorder all lead statuses (Sell admins)', z.object({ ids: z.array(z.number().int()) })) }, async (request) =>
    all(request, await reorderLeadStatuses(opContext(request), parseBody(request.body, ['ids'], []))),
  );
  app.put('/lead_statuses/:id', { config: write, schema: bodyDocs('Lead statuses', 'Rename, move or make default (Sell admins)', leadStatusInputSchema, true) }, async (request) =>
    one('lead_status', toLeadStatusView(await updateLeadStatus(opContext(request), recordId(request.params), parseBody(request.body, writable, leadStatusReadOnlyFields)))),
  );
  app.delete('/lead_statuses/:id', { config: write, schema: idDocs('Lead statuses', 'Delete a lead status (Sell admins)') }, async (request, reply) => {
    await deleteLeadStatus(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

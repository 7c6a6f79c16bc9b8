import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { listCustomFields } from '../custom-fields/custom-fields.repo.ts';
import { listLeadStatuses } from '../lead-statuses/lead-statuses.repo.ts';
import { apiTime } from '../records/api-time.ts';
import { sellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { many } from './envelopes.ts';
import { refuseQuery } from './parse-list-query.ts';

/** What records are described with: the lead statuses and each record type's custom fields. */
export async function definitionRoutes(app: FastifyInstance) {
  app.get('/lead_statuses', { config: { scope: 'read', resource: 'lead_status' } }, async (request) => {
    refuseQuery(request.query as Record<string, string>, ['page', 'per_page']);
    const ctx = await sellContext(opContext(request));
    const statuses = await listLeadStatuses(ctx.sell, ctx.account.id);
    const items = statuses.map((s) => ({
      id: s.id,
      name: s.name,
      position: s.position,
      default: s.is_default === 1,
      created_at: apiTime(s.created_at),
      updated_at: apiTime(s.updated_at),
    }));
    return many(request, 'lead_status', items, 1, Math.max(items.length, 1), false);
  });

  for (const resourceType of ['lead', 'contact', 'deal'] as ResourceType[]) {
    app.get(`/${resourceType}/custom_fields`, { config: { scope: 'read', resource: 'custom_field' } }, async (request) => {
      refuseQuery(request.query as Record<string, string>, ['page', 'per_page']);
      const ctx = await sellContext(opContext(request));
      const fields = await listCustomFields(ctx.sell, ctx.account.id, resourceType);
      const items = fields.map((f) => ({
        id: f.id,
        name: f.name,
        type: f.type,
        choices: f.choices ? JSON.parse(f.choices) : [],
        filterable: f.filterable === 1,
        ...(resourceType === 'contact' ? { for_contact: f.for_contact === 1, for_organisation: f.for_organisation === 1 } : {}),
        created_at: apiTime(f.created_at),
        updated_at: apiTime(f.updated_at),
      }));
      return many(request, 'custom_field', items, 1, Math.max(items.length, 1), false);
    });
  }
}

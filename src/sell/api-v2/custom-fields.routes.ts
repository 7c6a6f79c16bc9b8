import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createCustomField } from '../custom-fields/create-custom-field.ts';
import { customFieldInputSchema, customFieldReadOnlyFields } from '../custom-fields/custom-field-input.ts';
import { toCustomFieldView } from '../custom-fields/custom-field-view.ts';
import { listCustomFields } from '../custom-fields/custom-fields.repo.ts';
import { deleteCustomField } from '../custom-fields/delete-custom-field.ts';
import { updateCustomField } from '../custom-fields/update-custom-field.ts';
import { sellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { refuseQuery } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, plainDocs } from './route-docs.ts';

const writable = Object.keys(customFieldInputSchema.shape);

/** Each record type's custom fields: `/v2/{lead|contact|deal}/custom_fields`; changes by Sell admins. */
export async function customFieldRoutes(app: FastifyInstance) {
  for (const resourceType of ['lead', 'contact', 'deal'] as ResourceType[]) {
    const read = { scope: 'read', resource: 'custom_field' } as const;
    const write = { scope: 'write', resource: 'custom_field' } as const;
    const body = (raw: unknown) => parseBody(raw, writable, customFieldReadOnlyFields);

    app.get(`/${resourceType}/custom_fields`, { config: read, schema: plainDocs('Custom fields', `List ${resourceType} custom fields`) }, async (request) => {
      refuseQuery(request.query as Record<string, string>, ['page', 'per_page']);
      const ctx = await sellContext(opContext(request));
      const items = (await listCustomFields(ctx.sell, ctx.account.id, resourceType)).map(toCustomFieldView);
      return many(request, 'custom_field', items, 1, Math.max(items.length, 1), false);
    });
    app.post(`/${resourceType}/custom_fields`, { config: write, schema: bodyDocs('Custom fields', `Add a ${resourceType} custom field (Sell admins)`, customFieldInputSchema) }, async (request) =>
      one('custom_field', toCustomFieldView(await createCustomField(opContext(request), resourceType, body(request.body)))),
    );
    app.put(`/${resourceType}/custom_fields/:id`, { config: write, schema: bodyDocs('Custom fields', `Change a ${resourceType} custom field (Sell admins)`, customFieldInputSchema, true) }, async (request) =>
      one('custom_field', toCustomFieldView(await updateCustomField(opContext(request), resourceType, recordId(request.params), body(request.body)))),
    );
    app.delete(`/${resourceType}/custom_fields/:id`, { config: write, schema: idDocs('Custom fields', `Delete a ${resourceType} custom field and its values (Sell admins)`) }, async (request, reply) => {
      await deleteCustomField(opContext(request), resourceType, recordId(request.params));
      return reply.status(204).send();
    });
  }
}

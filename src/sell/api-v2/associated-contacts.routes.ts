import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { opContext } from '../../platform/http/op-context.ts';
import { addAssociatedContact } from '../deals/add-associated-contact.ts';
import { associatedContactInputSchema, associatedContactReadOnlyFields, type AssociatedContactInput } from '../deals/associated-contact-input.ts';
import { toAssociatedContactView } from '../deals/associated-contact-view.ts';
import { listAssociatedContacts } from '../deals/list-associated-contacts.ts';
import { removeAssociatedContact } from '../deals/remove-associated-contact.ts';
import { invalidParam } from '../records/apply-list-request.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, listDocs, plainDocs } from './route-docs.ts';

const spec: ListSpec = { filters: {}, sortable: ['contact_id', 'created_at', 'updated_at'], defaultSort: 'contact_id:asc' };
const writable = Object.keys(associatedContactInputSchema.shape);

const TAG = 'Associated contacts';
const dealParams = z.object({ deal_id: z.number().int() });
const listed = listDocs(TAG, 'List a deal’s contacts', spec);
const docs = {
  list: { ...listed, querystring: listed.querystring.omit({ ids: true }), params: dealParams },
  add: { ...bodyDocs(TAG, 'Add a contact to a deal, or change its role', associatedContactInputSchema), params: dealParams },
  remove: { ...plainDocs(TAG, 'Take a contact off a deal'), params: dealParams.extend({ contact_id: z.number().int() }) },
};

/** A deal's contacts: no id of their own, named by the contact's id under the deal's path. */
export async function associatedContactRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'associated_contact' } as const;
  const write = { scope: 'write', resource: 'associated_contact' } as const;

  app.get('/deals/:deal_id/associated_contacts', { config: read, schema: docs.list }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    if (list.ids) throw invalidParam('ids', 'Associated contacts have no ids of their own; page through them instead.');
    const { items, hasMore } = await listAssociatedContacts(opContext(request), recordId(request.params, 'deal_id'), list);
    return many(request, 'associated_contact', items, list.page, list.perPage, hasMore);
  });

  app.post('/deals/:deal_id/associated_contacts', { config: write, schema: docs.add }, async (request) => {
    const input = parseBody(request.body, writable, associatedContactReadOnlyFields) as AssociatedContactInput;
    const row = await addAssociatedContact(opContext(request), recordId(request.params, 'deal_id'), input);
    return one('associated_contact', toAssociatedContactView(row));
  });

  app.delete('/deals/:deal_id/associated_contacts/:contact_id', { config: write, schema: docs.remove }, async (request, reply) => {
    await removeAssociatedContact(opContext(request), recordId(request.params, 'deal_id'), recordId(request.params, 'contact_id'));
    return reply.status(204).send();
  });
}

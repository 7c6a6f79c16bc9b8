import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { contactInputSchema, contactReadOnlyFields } from '../contacts/contact-input.ts';
import { createContact } from '../contacts/create-contact.ts';
import { deleteContact } from '../contacts/delete-contact.ts';
import { getContact } from '../contacts/get-contact.ts';
import { listContacts } from '../contacts/list-contacts.ts';
import { presentContact } from '../contacts/present-contact.ts';
import { updateContact } from '../contacts/update-contact.ts';
import { sellDb } from '../sell-tables.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const writable = Object.keys(contactInputSchema.shape);

export const contactListSpec: ListSpec = {
  filters: {
    contact_id: { column: 'contact_id', kind: 'id' },
    creator_id: { column: 'creator_id', kind: 'id' },
    owner_id: { column: 'owner_id', kind: 'id' },
    is_organization: { column: 'is_organization', kind: 'bool' },
    name: { column: 'name', kind: 'string' },
    first_name: { column: 'first_name', kind: 'string' },
    last_name: { column: 'last_name', kind: 'string' },
    email: { column: 'email_lower', kind: 'string' },
  },
  sortable: ['id', 'created_at', 'updated_at', 'name', 'first_name', 'last_name'],
  defaultSort: 'last_name:asc',
  address: true,
  custom: true,
  search: true,
};

export async function contactRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'contact' } as const;
  const write = { scope: 'write', resource: 'contact' } as const;

  app.get('/contacts', { config: read, schema: listDocs('Contacts', 'List contacts', contactListSpec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, contactListSpec);
    if (list.equals.email_lower) list.equals.email_lower = String(list.equals.email_lower).trim().toLowerCase();
    const { items, hasMore } = await listContacts(opContext(request), list);
    return many(request, 'contact', items, list.page, list.perPage, hasMore);
  });

  app.post('/contacts', { config: write, schema: bodyDocs('Contacts', 'Create a person or an organization', contactInputSchema) }, async (request) => {
    const ctx = opContext(request);
    const contact = await createContact(ctx, parseBody(request.body, writable, contactReadOnlyFields));
    return one('contact', await presentContact(sellDb(ctx.db), ctx.account.id, contact));
  });

  app.get('/contacts/:id', { config: read, schema: idDocs('Contacts', 'Retrieve a contact') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('contact', await getContact(opContext(request), recordId(request.params)));
  });

  app.put('/contacts/:id', { config: write, schema: bodyDocs('Contacts', 'Update a contact (only the attributes sent change)', contactInputSchema, true) }, async (request) => {
    const ctx = opContext(request);
    const contact = await updateContact(ctx, recordId(request.params), parseBody(request.body, writable, contactReadOnlyFields));
    return one('contact', await presentContact(sellDb(ctx.db), ctx.account.id, contact));
  });

  app.delete('/contacts/:id', { config: write, schema: idDocs('Contacts', 'Delete a contact (its people and deals stay, unlinked)') }, async (request, reply) => {
    await deleteContact(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

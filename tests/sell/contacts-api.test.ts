import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowIso } from '../../src/platform/db/time.ts';
import { sellDb } from '../../src/sell/sell-tables.ts';
import { makeSellWorld, type SellApiClient, type SellWorld } from '../support/sell-api.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let w: SellWorld;
beforeEach(async () => {
  t = await startTestApp();
  w = await makeSellWorld(t);
});
afterEach(() => t.close());

const lastNames = (body: any) => body.items.map((i: any) => i.data.last_name);
const fields = (res: { json(): any }) => res.json().errors.map((e: any) => e.error.field);

async function organization(api: SellApiClient, name: string, extra: Record<string, unknown> = {}) {
  const res = await api.post('/v2/contacts', { is_organization: true, name, ...extra });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

async function person(api: SellApiClient, last_name: string, extra: Record<string, unknown> = {}) {
  const res = await api.post('/v2/contacts', { last_name, ...extra });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

describe('/v2/contacts', () => {
  it('creates, lists, retrieves, updates with its own response, and destroys people and organizations', async () => {
    const org = await organization(w.api.rep, 'Analytical Engines', { website: 'engines.test', customer_status: 'Current' });
    expect(org).toMatchObject({
      is_organization: true,
      name: 'Analytical Engines',
      first_name: null,
      last_name: null,
      contact_id: null,
      parent_organization_id: null,
      customer_status: 'current',
      prospect_status: 'none',
    });

    const created = await w.api.rep.post('/v2/contacts', {
      first_name: 'Ada',
      last_name: 'Lovelace',
      contact_id: org.id,
      email: 'Ada@Engines.test',
      phone: '+44 20 7946 0018',
      address: { city: 'London', country: 'UK' },
      tags: ['vip', 'london'],
    });
    expect(created.statusCode, created.body).toBe(200);
    const ada = created.json();
    expect(ada.meta).toEqual({ type: 'contact' });
    expect(ada.data).toMatchObject({
      is_organization: false,
      name: 'Ada Lovelace',
      contact_id: org.id,
      parent_organization_id: null,
      owner_id: w.users.rep.id,
      creator_id: w.users.rep.id,
      tags: ['london', 'vip'],
      custom_fields: {},
      address: { line1: null, city: 'London', postal_code: null, state: null, country: 'UK' },
      billing_address: null,
      shipping_address: null,
      lead_id: null,
    });
    expect(ada.data.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    // The matching keys O-5 uses are kept in step with what was written.
    const row = await sellDb(t.db).selectFrom('sell_contacts').selectAll().where('id', '=', ada.data.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email_lower: 'ada@engines.test', phone_e164: '+442079460018' });

    const list = (await w.api.rep.get('/v2/contacts?is_organization=false')).json();
    expect(list.meta).toMatchObject({ type: 'collection', count: 1 });
    expect(list.items[0]).toEqual({ data: ada.data, meta: { type: 'contact' } });
    expect((await w.api.rep.get(`/v2/contacts/${ada.data.id}`)).json().data).toEqual(ada.data);

    // Clients send back exactly what they got, nulls, read-only fields and empty custom_fields included.
    for (const contact of [ada.data, org]) {
      const echoed = await w.api.rep.put(`/v2/contacts/${contact.id}`, { ...contact, title: 'Patron' });
      expect(echoed.statusCode, echoed.body).toBe(200);
      expect(echoed.json().data).toMatchObject({ title: 'Patron', name: contact.name, tags: contact.tags, contact_id: contact.contact_id });
    }

    const renamed = (await w.api.rep.put(`/v2/contacts/${ada.data.id}`, { first_name: 'Augusta Ada' })).json().data;
    expect(renamed).toMatchObject({ name: 'Augusta Ada Lovelace', email: 'Ada@Engines.test', tags: ['london', 'vip'] });

    // Deleting the organization leaves its people and deals, no longer linked to it, and each says so.
    const deal = (await w.api.rep.post('/v2/deals', { name: 'Engine', contact_id: ada.data.id })).json().data;
    expect(deal).toMatchObject({ contact_id: ada.data.id, organization_id: org.id });
    const destroyed = await w.api.rep.delete(`/v2/contacts/${org.id}`);
    expect(destroyed.statusCode).toBe(204);
    expect(destroyed.body).toBe('');
    expect((await w.api.rep.get(`/v2/contacts/${org.id}`)).statusCode).toBe(404);
    expect((await w.api.rep.get(`/v2/contacts/${ada.data.id}`)).json().data.contact_id).toBeNull();
    expect((await w.api.rep.get(`/v2/deals/${deal.id}`)).json().data).toMatchObject({ contact_id: ada.data.id, organization_id: null });
    const events = await t.db.kysely.selectFrom('outbox').select(['type', 'payload']).orderBy('id', 'desc').limit(3).execute();
    expect(events.map((e) => [e.type, JSON.parse(e.payload).resourceType, JSON.parse(e.payload).resourceId])).toEqual([
      ['sell.record.deleted', 'contact', org.id],
      ['sell.record.updated', 'deal', deal.id],
      ['sell.record.updated', 'contact', ada.data.id],
    ]);
    expect((await w.api.rep.delete(`/v2/deals/${deal.id}`)).statusCode).toBe(204);
    expect((await w.api.rep.delete(`/v2/contacts/${ada.data.id}`)).statusCode).toBe(204);
    expect((await w.api.rep.get('/v2/contacts')).json().items).toEqual([]);
  });

  it('requires a last name for a person and a name for an organization, with one error each', async () => {
    const personless = await w.api.rep.post('/v2/contacts', { first_name: 'Only' });
    expect(personless.statusCode).toBe(422);
    expect(personless.json().errors).toHaveLength(1);
    expect(personless.json().errors[0].error).toMatchObject({ code: 'blank', field: '/data/last_name', resource: 'contact' });
    expect(personless.json().meta.logref).toBe(personless.headers['x-request-id']);

    const nameless = await w.api.rep.post('/v2/contacts', { is_organization: 'TRUE', last_name: 'Not a name' });
    expect(nameless.statusCode).toBe(422);
    expect(fields(nameless)).toEqual(['/data/name']);

    const id = (await person(w.api.rep, 'Keeps')).id;
    expect(fields(await w.api.rep.put(`/v2/contacts/${id}`, { last_name: null }))).toEqual(['/data/last_name']);
  });

  it('names unknown attributes and bad values, and keeps a contact a person or an organization', async () => {
    const unknown = await w.api.rep.post('/v2/contacts', { last_name: 'X', invalid_field: 1 });
    expect(unknown.json().errors[0].error).toMatchObject({ code: 'unknown', field: '/data/invalid_field' });
    const bad = await w.api.rep.post('/v2/contacts', { last_name: 'X', email: 'not an email', customer_status: 'happy', owner_id: w.users.agent.id });
    expect(bad.statusCode).toBe(422);
    expect(fields(bad).sort()).toEqual(['/data/customer_status', '/data/email']);
    expect(fields(await w.api.rep.post('/v2/contacts', { last_name: 'X', owner_id: w.users.agent.id }))).toEqual(['/data/owner_id']);

    const pat = await person(w.api.rep, 'Person');
    const flipped = await w.api.rep.put(`/v2/contacts/${pat.id}`, { is_organization: true });
    expect(flipped.statusCode).toBe(422);
    expect(fields(flipped)).toEqual(['/data/is_organization']);
    expect(flipped.json().errors[0].error.message).toMatch(/only when the contact is created/);

    // A person belongs to an organization, never to another person.
    expect(fields(await w.api.rep.post('/v2/contacts', { last_name: 'Y', contact_id: pat.id }))).toEqual(['/data/contact_id']);
    expect(fields(await w.api.rep.post('/v2/contacts', { last_name: 'Y', contact_id: 999999 }))).toEqual(['/data/contact_id']);
    expect(fields(await w.api.rep.post('/v2/contacts', { is_organization: true, name: 'Z', contact_id: pat.id }))).toEqual(['/data/contact_id']);
    expect((await w.api.rep.get('/v2/contacts')).json().items).toHaveLength(1);
  });

  it('links an organization to its parent with parent_organization_id, refusing loops', async () => {
    const group = await organization(w.api.rep, 'Group');
    const branch = await organization(w.api.rep, 'Branch', { parent_organization_id: group.id });
    expect(branch).toMatchObject({ parent_organization_id: group.id, contact_id: null });
    const loop = await w.api.rep.put(`/v2/contacts/${group.id}`, { parent_organization_id: branch.id });
    expect(loop.statusCode).toBe(422);
    expect(fields(loop)).toEqual(['/data/parent_organization_id']);
    expect(fields(await w.api.rep.put(`/v2/contacts/${group.id}`, { parent_organization_id: group.id }))).toEqual(['/data/parent_organization_id']);
    // contact_id lists an organization's people, not its branches.
    const member = await person(w.api.rep, 'Member', { contact_id: group.id });
    expect((await w.api.rep.get(`/v2/contacts?contact_id=${group.id}`)).json().items.map((i: any) => i.data.id)).toEqual([member.id]);
    expect((await w.api.rep.get(`/v2/contacts?contact_id=${group.id}&is_organization=true`)).json().items).toEqual([]);
  });

  it('filters, sorts by last name by default, and pages', async () => {
    const org = await organization(w.api.rep, 'Acme');
    await person(w.api.rep, 'Charlie', { first_name: 'Cat', address: { city: 'Paris', postal_code: '75001' }, contact_id: org.id });
    await person(w.api.rep, 'Alpha', { first_name: 'Ann', email: 'ann@alpha.test', address: { city: 'Rome', country: 'IT' } });
    await person(w.api.rep, 'Bravo', { first_name: 'Bob' });

    const people = (q: string) => w.api.rep.get(`/v2/contacts?is_organization=False${q}`).then((r) => lastNames(r.json()));
    expect(await people('')).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect(await people('&sort_by=last_name:desc&per_page=2')).toEqual(['Charlie', 'Bravo']);
    expect(await people('&sort_by=last_name:desc&per_page=2&page=2')).toEqual(['Alpha']);
    expect(await people('&address[city]=paris')).toEqual(['Charlie']);
    expect(await people('&address[postal_code]=75001')).toEqual(['Charlie']);
    expect(await people('&address[country]=IT')).toEqual(['Alpha']);
    expect(await people(`&contact_id=${org.id}`)).toEqual(['Charlie']);
    expect(await people('&email=ANN@alpha.test')).toEqual(['Alpha']);
    expect(await people('&first_name=Bob')).toEqual(['Bravo']);
    expect(await people('&last_name=Bravo')).toEqual(['Bravo']);
    expect(await people('&name=Cat%20Charlie')).toEqual(['Charlie']);
    expect((await w.api.rep.get('/v2/contacts?is_organization=true')).json().items.map((i: any) => i.data.name)).toEqual(['Acme']);
    expect((await w.api.rep.get('/v2/contacts?name=Acme')).json().items.map((i: any) => i.data.id)).toEqual([org.id]);
    const ids = (await w.api.rep.get('/v2/contacts?sort_by=id')).json().items.map((i: any) => i.data.id);
    expect((await w.api.rep.get(`/v2/contacts?ids=${ids[1]},${ids[3]}&sort_by=id`)).json().items.map((i: any) => i.data.id)).toEqual([ids[1], ids[3]]);
  });

  it('answers 400 invalid_param to unknown or malformed parameters', async () => {
    for (const query of ['unknown=param', 'per_page=101', 'sort_by=email', 'is_organization=maybe', 'contact_id=abc', 'address[street]=x', 'status=New']) {
      const res = await w.api.rep.get(`/v2/contacts?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].error.code).toBe('invalid_param');
    }
    expect((await w.api.rep.get('/v2/contacts/1?unknown=param')).statusCode).toBe(400);
  });

  it('validates custom field values, for people or organizations, and filters on them', async () => {
    const now = nowIso();
    for (const [name, type, forContact, forOrganisation] of [
      ['Birthday', 'date', 1, 0],
      ['Employees', 'number', 0, 1],
    ] as const) {
      await sellDb(t.db)
        .insertInto('sell_custom_fields')
        .values({ account_id: w.account.id, resource_type: 'contact', name, name_lower: name.toLowerCase(), type, choices: null, filterable: 1, for_contact: forContact, for_organisation: forOrganisation, position: 0, created_at: now, updated_at: now })
        .execute();
    }
    const ada = await person(w.api.rep, 'Lovelace', { custom_fields: { birthday: '1815-12-10' } });
    expect(ada.custom_fields).toEqual({ Birthday: '1815-12-10' });
    const org = await organization(w.api.rep, 'Engines', { custom_fields: { Employees: '12' } });
    expect(org.custom_fields).toEqual({ Employees: 12 });
    const wrongKind = await w.api.rep.post('/v2/contacts', { last_name: 'X', custom_fields: { Employees: 3, Birthday: 'soon' } });
    expect(wrongKind.json().errors.map((e: any) => [e.error.code, e.error.field])).toEqual([['incorrect_value', '/data/custom_fields/Employees']]);
    expect(fields(await w.api.rep.post('/v2/contacts', { last_name: 'X', custom_fields: { Birthday: 'soon' } }))).toEqual(['/data/custom_fields/Birthday']);
    expect(lastNames((await w.api.rep.get('/v2/contacts?custom_fields[Birthday]=1815-12-10')).json())).toEqual(['Lovelace']);
    expect((await w.api.rep.put(`/v2/contacts/${ada.id}`, { ...ada, custom_fields: {} })).json().data.custom_fields).toEqual({ Birthday: '1815-12-10' });
    expect((await w.api.rep.put(`/v2/contacts/${ada.id}`, { custom_fields: { Birthday: null } })).json().data.custom_fields).toEqual({});
  });

  it('shows a rep their own and their reportees’ contacts, a 404 for anyone else’s (A-3)', async () => {
    const ritas = await person(w.api.rep, 'Ritas');
    const ravis = await person(w.api.rep2, 'Ravis');
    await person(w.api.outsider, 'Omars');
    const omarsOrg = await organization(w.api.outsider, 'Omar Ltd');
    const names = async (api: SellApiClient) => lastNames((await api.get('/v2/contacts?is_organization=false&sort_by=id')).json());
    expect(await names(w.api.rep)).toEqual(['Ritas']);
    expect(await names(w.api.manager)).toEqual(['Ritas', 'Ravis']);
    expect(await names(w.api.owner)).toEqual(['Ritas', 'Ravis', 'Omars']);
    for (const [method, body] of [['GET'], ['PUT', { data: { title: 'x' } }], ['DELETE']] as const) {
      const res = await w.api.rep.request(method, `/v2/contacts/${ravis.id}`, body);
      expect(res.statusCode, method).toBe(404);
      expect(res.json().errors[0].error.code).toBe('not_found');
    }
    expect((await w.api.manager.put(`/v2/contacts/${ritas.id}`, { title: 'Seen by her manager' })).statusCode).toBe(200);
    // An organization the rep cannot see cannot be linked either.
    expect(fields(await w.api.rep.put(`/v2/contacts/${ritas.id}`, { contact_id: omarsOrg.id }))).toEqual(['/data/contact_id']);
    // Handing a contact to another rep takes it out of sight.
    expect((await w.api.rep.put(`/v2/contacts/${ritas.id}`, { owner_id: w.users.rep2.id })).json().data.owner_id).toBe(w.users.rep2.id);
    expect((await w.api.rep.get(`/v2/contacts/${ritas.id}`)).statusCode).toBe(404);
    expect((await w.api.agent.get('/v2/contacts')).statusCode).toBe(403);
  });

  it('lets a contact distribution pool pick the owner, on create and on update (A-4)', async () => {
    const pool = (await w.api.owner.post('/v2/pools', { name: 'Contacts', resource_type: 'contact', member_ids: [w.users.rep.id, w.users.rep2.id] })).json().data;
    const first = await person(w.api.owner, 'First', { pool_id: pool.id });
    const second = await person(w.api.owner, 'Second', { pool_id: pool.id });
    expect([first.owner_id, second.owner_id]).toEqual([w.users.rep.id, w.users.rep2.id]);
    expect((await w.api.owner.put(`/v2/contacts/${second.id}`, { pool_id: pool.id })).json().data.owner_id).toBe(w.users.rep.id);
    const picks = (await w.api.owner.get(`/v2/pools/${pool.id}/picks`)).json().items.map((i: any) => i.data.resource_id);
    expect(picks.sort()).toEqual([first.id, second.id, second.id].sort());
    expect(fields(await w.api.owner.post('/v2/contacts', { last_name: 'Both', pool_id: pool.id, owner_id: w.users.rep.id }))).toEqual(['/data/pool_id']);
    const leadPool = (await w.api.owner.post('/v2/pools', { name: 'Leads', resource_type: 'lead', member_ids: [w.users.rep.id] })).json().data;
    expect(fields(await w.api.owner.post('/v2/contacts', { last_name: 'Wrong', pool_id: leadPool.id }))).toEqual(['/data/pool_id']);
  });

  it('keeps accounts apart', async () => {
    const other = await makeSellWorld(t, 'other');
    const theirs = await person(other.api.owner, 'Theirs');
    const ours = await person(w.api.owner, 'Ours');
    for (const [method, body] of [['GET'], ['PUT', { data: { title: 'x' } }], ['DELETE']] as const) {
      expect((await w.api.owner.request(method, `/v2/contacts/${theirs.id}`, body)).statusCode, method).toBe(404);
    }
    expect(lastNames((await w.api.owner.get('/v2/contacts')).json())).toEqual(['Ours']);
    // A token works only at its own account's address.
    const wrongHost = await w.api.owner.request('GET', `/v2/contacts/${ours.id}`, undefined, { host: other.host });
    expect(wrongHost.statusCode).toBe(401);
    // Nor can one account's organization be linked from another.
    const theirOrg = await organization(other.api.owner, 'Their Org');
    expect(fields(await w.api.owner.put(`/v2/contacts/${ours.id}`, { contact_id: theirOrg.id }))).toEqual(['/data/contact_id']);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nowIso } from '../../src/platform/db/time.ts';
import type { ResourceType } from '../../src/sell/sell-tables.ts';
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

async function post(api: SellApiClient, path: string, data: Record<string, unknown>) {
  const res = await api.post(path, data);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

async function customField(resourceType: ResourceType, name: string, type: string, extra: { for_contact?: number; for_organisation?: number } = {}) {
  const now = nowIso();
  await sellDb(t.db)
    .insertInto('sell_custom_fields')
    .values({ account_id: w.account.id, resource_type: resourceType, name, name_lower: name.toLowerCase(), type, choices: null, filterable: 1, for_contact: 1, for_organisation: 1, position: 0, created_at: now, updated_at: now, ...extra })
    .execute();
}

const counts = async () => {
  const sell = sellDb(t.db);
  const count = async (table: 'sell_contacts' | 'sell_deals') => Number((await sell.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { contacts: await count('sell_contacts'), deals: await count('sell_deals') };
};

describe('POST /v2/leads/{id}/convert', () => {
  it('makes a person, their organization and a deal from the lead, once', async () => {
    await customField('lead', 'Budget', 'number');
    await customField('lead', 'Met at', 'string');
    await customField('contact', 'budget', 'number');
    const lead = await post(w.api.rep, '/v2/leads', {
      first_name: 'Ada',
      last_name: 'Lovelace',
      organization_name: 'Analytical Engines',
      title: 'Countess',
      email: 'Ada@Engines.test',
      phone: '+44 20 7946 0018',
      website: 'engines.test',
      address: { line1: '12 St James’s Square', city: 'London', country: 'UK' },
      tags: ['vip', 'london'],
      custom_fields: { Budget: 1500, 'Met at': 'the fair' },
    });

    const res = await w.api.rep.post(`/v2/leads/${lead.id}/convert`, { create_deal: 'True', deal_value: '2500.50' });
    expect(res.statusCode, res.body).toBe(200);
    const conversion = res.json();
    expect(conversion.meta).toEqual({ type: 'lead_conversion' });
    expect(conversion.data).toMatchObject({ lead_id: lead.id, creator_id: w.users.rep.id });
    const { individual_id, organization_id, deal_id } = conversion.data;

    const person = (await w.api.rep.get(`/v2/contacts/${individual_id}`)).json().data;
    expect(person).toMatchObject({
      is_organization: false,
      name: 'Ada Lovelace',
      first_name: 'Ada',
      last_name: 'Lovelace',
      title: 'Countess',
      email: 'Ada@Engines.test',
      phone: '+44 20 7946 0018',
      contact_id: organization_id,
      owner_id: w.users.rep.id,
      address: { line1: '12 St James’s Square', city: 'London', postal_code: null, state: null, country: 'UK' },
      tags: ['london', 'vip'],
      custom_fields: { budget: 1500 },
      lead_id: lead.id,
    });
    const row = await sellDb(t.db).selectFrom('sell_contacts').selectAll().where('id', '=', individual_id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email_lower: 'ada@engines.test', phone_e164: '+442079460018' });

    const organization = (await w.api.rep.get(`/v2/contacts/${organization_id}`)).json().data;
    expect(organization).toMatchObject({ is_organization: true, name: 'Analytical Engines', website: 'engines.test', owner_id: w.users.rep.id, lead_id: lead.id });

    const stages = (await w.api.rep.get('/v2/stages')).json().items;
    const deal = (await w.api.rep.get(`/v2/deals/${deal_id}`)).json().data;
    expect(deal).toMatchObject({
      name: 'Analytical Engines',
      value: '2500.5',
      currency: 'USD',
      contact_id: individual_id,
      organization_id,
      stage_id: stages[0].data.id,
      owner_id: w.users.rep.id,
      lead_id: lead.id,
    });

    const converted = (await w.api.rep.get(`/v2/leads/${lead.id}`)).json().data;
    expect(converted).toMatchObject({ converted_contact_id: individual_id, converted_deal_id: deal_id });
    expect(converted.converted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    await t.app.events.drain();
    const feed = (await w.api.rep.get(`/v2/leads/${lead.id}/feed?type=converted`)).json();
    expect(feed.items[0].data.data).toEqual({ leadId: lead.id, contactId: individual_id, organizationId: organization_id, dealId: deal_id });

    const again = await w.api.rep.post(`/v2/leads/${lead.id}/convert`, { create_deal: true });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].error).toMatchObject({ code: 'already_converted' });
    expect(again.json().errors[0].error.message).toMatch(new RegExp(`already converted into contact ${individual_id}`));
    expect(await counts()).toEqual({ contacts: 2, deals: 1 });
  });

  it('joins an organization the converter already sees, and never one they do not', async () => {
    const existing = await post(w.api.rep, '/v2/contacts', { is_organization: true, name: 'Acme' });
    const hidden = await post(w.api.outsider, '/v2/contacts', { is_organization: true, name: 'Globex' });
    const first = await post(w.api.rep, '/v2/leads', { last_name: 'One', organization_name: 'ACME ' });
    const second = await post(w.api.rep, '/v2/leads', { last_name: 'Two', organization_name: 'Globex' });

    const joined = await post(w.api.rep, `/v2/leads/${first.id}/convert`, {});
    expect(joined).toMatchObject({ organization_id: existing.id, deal_id: null });
    expect((await w.api.rep.get(`/v2/contacts/${joined.individual_id}`)).json().data.contact_id).toBe(existing.id);

    const separate = await post(w.api.rep, `/v2/leads/${second.id}/convert`, {});
    expect(separate.organization_id).not.toBe(hidden.id);
    expect((await w.api.rep.get(`/v2/contacts/${separate.organization_id}`)).json().data).toMatchObject({ name: 'Globex', owner_id: w.users.rep.id });
  });

  it('turns a company-only lead into an organization that carries its details', async () => {
    await customField('lead', 'Employees', 'number');
    await customField('contact', 'Employees', 'number', { for_contact: 0 });
    const lead = await post(w.api.rep, '/v2/leads', { organization_name: 'Solo Ltd', email: 'hello@solo.test', tags: ['smb'], custom_fields: { Employees: 8 } });
    const conversion = await post(w.api.rep, `/v2/leads/${lead.id}/convert`, { create_deal: true, deal_name: 'Solo pilot', deal_value: 300 });
    expect(conversion.individual_id).toBeNull();
    const organization = (await w.api.rep.get(`/v2/contacts/${conversion.organization_id}`)).json().data;
    expect(organization).toMatchObject({ is_organization: true, name: 'Solo Ltd', email: 'hello@solo.test', tags: ['smb'], custom_fields: { Employees: 8 } });
    const deal = (await w.api.rep.get(`/v2/deals/${conversion.deal_id}`)).json().data;
    expect(deal).toMatchObject({ name: 'Solo pilot', value: '300', contact_id: organization.id, organization_id: organization.id });
    expect((await w.api.rep.get(`/v2/leads/${lead.id}`)).json().data.converted_contact_id).toBe(organization.id);
  });

  it('checks everything before writing anything', async () => {
    const lead = await post(w.api.rep, '/v2/leads', { last_name: 'Careful', organization_name: 'Careful Co' });
    const before = await counts();
    const badStage = await w.api.rep.post(`/v2/leads/${lead.id}/convert`, { create_deal: true, stage_id: 999999 });
    expect(badStage.statusCode).toBe(422);
    expect(badStage.json().errors[0].error.field).toBe('/data/stage_id');
    const badValue = await w.api.rep.post(`/v2/leads/${lead.id}/convert`, { create_deal: true, deal_value: 'a lot' });
    expect(badValue.json().errors[0].error.field).toBe('/data/deal_value');
    const noDeal = await w.api.rep.post(`/v2/leads/${lead.id}/convert`, { deal_name: 'Forgot the flag' });
    expect(noDeal.json().errors[0].error.field).toBe('/data/create_deal');
    const unknown = await w.api.rep.post(`/v2/leads/${lead.id}/convert`, { create_contact: true });
    expect(unknown.json().errors[0].error).toMatchObject({ code: 'unknown', field: '/data/create_contact' });
    const seatlessOwner = await w.api.rep.post(`/v2/leads/${lead.id}/convert`, { owner_id: w.users.agent.id });
    expect(seatlessOwner.json().errors[0].error.field).toBe('/data/owner_id');
    expect(await counts()).toEqual(before);
    expect((await w.api.rep.get(`/v2/leads/${lead.id}`)).json().data.converted_at).toBeNull();
  });

  it('follows visibility (A-3) and keeps accounts apart', async () => {
    const ritas = await post(w.api.rep, '/v2/leads', { last_name: 'Ritas' });
    const ravis = await post(w.api.rep2, '/v2/leads', { last_name: 'Ravis' });
    expect((await w.api.rep.post(`/v2/leads/${ravis.id}/convert`, {})).statusCode).toBe(404);
    expect((await w.api.outsider.post(`/v2/leads/${ritas.id}/convert`, {})).statusCode).toBe(404);
    const other = await makeSellWorld(t, 'other');
    expect((await other.api.owner.post(`/v2/leads/${ritas.id}/convert`, {})).statusCode).toBe(404);
    expect((await w.api.agent.post(`/v2/leads/${ritas.id}/convert`, {})).statusCode).toBe(403);
    const readOnly = await w.client(w.users.rep.id, ['read']);
    expect((await readOnly.post(`/v2/leads/${ritas.id}/convert`, {})).statusCode).toBe(403);

    // Her manager converts it; the new contact stays Rita's.
    const conversion = await post(w.api.manager, `/v2/leads/${ritas.id}/convert`, { create_deal: true });
    expect(conversion.creator_id).toBe(w.users.manager.id);
    expect((await w.api.rep.get(`/v2/contacts/${conversion.individual_id}`)).json().data).toMatchObject({ owner_id: w.users.rep.id, creator_id: w.users.manager.id });
    expect((await w.api.rep.get(`/v2/deals/${conversion.deal_id}`)).json().data).toMatchObject({ name: 'Ritas', owner_id: w.users.rep.id });

    // No body at all is a conversion without a deal.
    const bare = await w.api.rep2.request('POST', `/v2/leads/${ravis.id}/convert`);
    expect(bare.statusCode, bare.body).toBe(200);
    expect(bare.json().data.deal_id).toBeNull();
  });
});

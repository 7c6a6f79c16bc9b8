import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpContext } from '../../src/platform/context.ts';
import type { UserRow } from '../../src/platform/identity/users.repo.ts';
import { createUser } from '../../src/platform/identity/create-user.ts';
import * as contactPointsMigration from '../../src/platform/db/migrations/0105-sell-contact-points.ts';
import { findVisitorMatches, setPhoneCountry, type VisitorDetails } from '../../src/sell/index.ts';
import { sellDb } from '../../src/sell/sell-tables.ts';
import { makeSellWorld, type SellApiClient, type SellWorld } from '../support/sell-api.ts';
import { PASSWORD, startTestApp, type TestApp } from '../support/test-app.ts';

let t: TestApp;
let w: SellWorld;
beforeEach(async () => {
  t = await startTestApp();
  w = await makeSellWorld(t);
});
afterEach(() => t.close());

const as = (actor: UserRow): OpContext => ({ db: t.db, account: w.account, actor });
const lookup = (visitor: VisitorDetails, actor: UserRow = w.users.owner) => findVisitorMatches(as(actor), visitor);
/** The matches as "type:id", best first. */
const found = async (visitor: VisitorDetails, actor?: UserRow) => (await lookup(visitor, actor)).matches.map((m) => `${m.resourceType}:${m.id}`);
/** Stored timestamps are to the millisecond: a pause keeps "most recently updated" unambiguous. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function send(api: SellApiClient, method: 'POST' | 'PUT', path: string, data: Record<string, unknown>) {
  const res = method === 'POST' ? await api.post(path, data) : await api.put(path, data);
  expect(res.statusCode, res.body).toBe(200);
  await tick();
  return res.json().data as { id: number } & Record<string, unknown>;
}
const lead = (data: Record<string, unknown>, api = w.api.owner) => send(api, 'POST', '/v2/leads', { last_name: 'Visitor', ...data });
const contact = (data: Record<string, unknown>, api = w.api.owner) => send(api, 'POST', '/v2/contacts', { last_name: 'Person', ...data });
const customField = (resourceType: 'lead' | 'contact', name: string, type: 'email' | 'phone') => send(w.api.owner, 'POST', `/v2/${resourceType}/custom_fields`, { name, type });

describe('finding a chat visitor in Sell (O-5)', () => {
  it('compares emails without regard to letter case or surrounding spaces', async () => {
    const ada = await lead({ first_name: 'Ada', email: 'Ada.Lovelace@Engines.TEST' });
    const result = await lookup({ email: '  ada.lovelace@engines.test \n' });
    expect(result.email).toBe('ada.lovelace@engines.test');
    expect(result.matches).toHaveLength(1);
    expect(result.matches[0]).toMatchObject({ resourceType: 'lead', id: ada.id, matchedBy: [{ by: 'email', field: 'email', customFieldId: null }] });
    expect(result.matches[0]!.resourceType === 'lead' && result.matches[0]!.lead).toMatchObject({ id: ada.id, first_name: 'Ada', email: 'Ada.Lovelace@Engines.TEST' });
    expect(await found({ email: 'ada.lovelace@engines.test.' })).toEqual([]);
  });

  it('compares phone numbers in E.164 whatever way they are written', async () => {
    const ben = await lead({ first_name: 'Ben', phone: '+1 (415) 555-0100' });
    const cleo = await contact({ first_name: 'Cleo', mobile: '415.555.0199' });
    for (const written of ['+1 (415) 555-0100', '415.555.0100', '+14155550100', '(415) 555 0100', '1-415-555-0100']) {
      expect(await found({ phone: written }), written).toEqual([`lead:${ben.id}`]);
    }
    const result = await lookup({ phone: '+1 415 555 0199' });
    expect(result.phone).toBe('+14155550199');
    expect(result.matches.map((m) => [m.id, m.matchedBy])).toEqual([[cleo.id, [{ by: 'phone', field: 'mobile', customFieldId: null, customFieldName: null }]]]);
    expect(await found({ phone: '+1 415 555 0101' })).toEqual([]);
    expect(await found({ phone: 'not a number' })).toEqual([]);
  });

  it('reads Japanese numbers internationally by default, and nationally once the account is set to Japan', async () => {
    const tokyo = await contact({ first_name: 'Haruto', phone: '+81 3 1234 5678' });
    const osaka = await lead({ first_name: 'Yui', phone: '06-6123-4567' });
    expect(await found({ phone: '+81312345678' })).toEqual([`contact:${tokyo.id}`]);
    // Without a country of its own the account reads numbers without "+" as US numbers.
    expect(await found({ phone: '03-1234-5678' })).toEqual([]);
    expect(await found({ phone: '+81 6 6123 4567' })).toEqual([]);

    expect(await setPhoneCountry(as(w.users.owner), 'jp')).toEqual({ phone_country: 'JP' });
    expect(await found({ phone: '03-1234-5678' })).toEqual([`contact:${tokyo.id}`]);
    expect(await found({ phone: '+81 3 1234 5678' })).toEqual([`contact:${tokyo.id}`]);
    // Numbers stored before the change are read again under the new country.
    expect(await found({ phone: '+81 6 6123 4567' })).toEqual([`lead:${osaka.id}`]);
    expect(await found({ phone: '06 6123 4567' })).toEqual([`lead:${osaka.id}`]);
    // Numbers written with "+" stay international.
    const ben = await lead({ first_name: 'Ben', phone: '+1 415 555 0100' });
    expect(await found({ phone: '+14155550100' })).toEqual([`lead:${ben.id}`]);
  });

  it('only a Sell admin sets the phone country, and only to a known country', async () => {
    await expect(setPhoneCountry(as(w.users.rep), 'JP')).rejects.toMatchObject({ status: 403 });
    await expect(setPhoneCountry(as(w.users.owner), 'Japan')).rejects.toMatchObject({ status: 422, fields: [{ field: 'phone_country' }] });
  });

  it('orders several matches: email before phone, contacts before leads, most recently updated first', async () => {
    const email = 'shared@visitor.test';
    const phone = '+44 20 7946 0018';
    const oldContact = await contact({ first_name: 'Old', email });
    const newContact = await contact({ first_name: 'New', email: email.toUpperCase() });
    const emailLead = await lead({ first_name: 'Lead', email });
    const phoneLead = await lead({ first_name: 'Phone lead', phone });
    const phoneContact = await contact({ first_name: 'Phone contact', mobile: '+442079460018' });
    const both = await lead({ first_name: 'Both', email, phone });
    // Touching the old contact makes it the most recently updated one.
    await send(w.api.owner, 'PUT', `/v2/contacts/${oldContact.id}`, { title: 'CTO' });

    const result = await lookup({ email, phone: '020 7946 0018' }); // a UK number written nationally is not readable as US…
    expect(result.phone).toBe(null);
    expect(result.matches.map((m) => `${m.resourceType}:${m.id}`)).toEqual([`contact:${oldContact.id}`, `contact:${newContact.id}`, `lead:${both.id}`, `lead:${emailLead.id}`]);

    const all = await lookup({ email, phone });
    expect(all.matches.map((m) => `${m.resourceType}:${m.id}`)).toEqual([
      `contact:${oldContact.id}`,
      `contact:${newContact.id}`,
      `lead:${both.id}`,
      `lead:${emailLead.id}`,
      `contact:${phoneContact.id}`,
      `lead:${phoneLead.id}`,
    ]);
    // A record matching on both counts once, with both reasons, email first.
    expect(all.matches.find((m) => m.id === both.id && m.resourceType === 'lead')!.matchedBy.map((r) => `${r.by}/${r.field}`)).toEqual(['email/email', 'phone/phone']);
    expect(all.matches.find((m) => m.id === phoneContact.id && m.resourceType === 'contact')!.matchedBy.map((r) => `${r.by}/${r.field}`)).toEqual(['phone/mobile']);
  });

  it('matches on custom fields of type email and phone, and forgets them when the field goes', async () => {
    const workEmail = await customField('lead', 'Work email', 'email');
    const assistant = await customField('contact', 'Assistant phone', 'phone');
    const ada = await lead({ first_name: 'Ada', email: 'ada@home.test', custom_fields: { 'Work email': ' Ada@Work.TEST ' } });
    const cleo = await contact({ first_name: 'Cleo', custom_fields: { 'Assistant phone': '212-555-0142' } });

    const byEmail = await lookup({ email: 'ada@work.test' });
    expect(byEmail.matches.map((m) => [m.resourceType, m.id, m.matchedBy])).toEqual([
      ['lead', ada.id, [{ by: 'email', field: 'custom', customFieldId: workEmail.id, customFieldName: 'Work email' }]],
    ]);
    const byPhone = await lookup({ phone: '+1 212 555 0142' });
    expect(byPhone.matches.map((m) => [m.resourceType, m.id, m.matchedBy])).toEqual([
      ['contact', cleo.id, [{ by: 'phone', field: 'custom', customFieldId: assistant.id, customFieldName: 'Assistant phone' }]],
    ]);

    // Changing and clearing custom values moves the keys with them.
    await send(w.api.owner, 'PUT', `/v2/leads/${ada.id}`, { custom_fields: { 'Work email': 'ada@newjob.test' } });
    expect(await found({ email: 'ada@work.test' })).toEqual([]);
    expect(await found({ email: 'ada@newjob.test' })).toEqual([`lead:${ada.id}`]);
    await send(w.api.owner, 'PUT', `/v2/leads/${ada.id}`, { custom_fields: { 'Work email': null } });
    expect(await found({ email: 'ada@newjob.test' })).toEqual([]);
    expect(await found({ email: 'ada@home.test' })).toEqual([`lead:${ada.id}`]);

    const res = await w.api.owner.delete(`/v2/contact/custom_fields/${assistant.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(await found({ phone: '+1 212 555 0142' })).toEqual([]);
  });

  it('keeps up with updates and deletes', async () => {
    const ada = await lead({ first_name: 'Ada', email: 'ada@old.test', phone: '+1 415 555 0100', mobile: '+1 415 555 0111' });
    const cleo = await contact({ first_name: 'Cleo', email: 'cleo@old.test' });

    await send(w.api.owner, 'PUT', `/v2/leads/${ada.id}`, { email: 'ada@new.test', phone: null });
    expect(await found({ email: 'ada@old.test' })).toEqual([]);
    expect(await found({ email: 'ada@new.test' })).toEqual([`lead:${ada.id}`]);
    expect(await found({ phone: '+1 415 555 0100' })).toEqual([]);
    expect(await found({ phone: '+1 415 555 0111' })).toEqual([`lead:${ada.id}`]);
    // An update that leaves the details alone keeps them.
    await send(w.api.owner, 'PUT', `/v2/leads/${ada.id}`, { title: 'Countess' });
    expect(await found({ email: 'ada@new.test' })).toEqual([`lead:${ada.id}`]);

    await send(w.api.owner, 'PUT', `/v2/contacts/${cleo.id}`, { email: 'cleo@new.test' });
    expect(await found({ email: 'cleo@old.test' })).toEqual([]);
    expect(await found({ email: 'CLEO@new.test' })).toEqual([`contact:${cleo.id}`]);

    expect((await w.api.owner.delete(`/v2/leads/${ada.id}`)).statusCode).toBe(204);
    expect((await w.api.owner.delete(`/v2/contacts/${cleo.id}`)).statusCode).toBe(204);
    expect(await found({ email: 'ada@new.test', phone: '+1 415 555 0111' })).toEqual([]);
    expect(await found({ email: 'cleo@new.test' })).toEqual([]);
    const left = await sellDb(t.db).selectFrom('sell_contact_points').select('resource_id').where('account_id', '=', w.account.id).execute();
    expect(left).toEqual([]);
  });

  it('finds the contact, its company and its deals once a lead is converted, and no longer the lead', async () => {
    const ada = await lead({ first_name: 'Ada', last_name: 'Lovelace', organization_name: 'Analytical Engines', email: 'ada@engines.test', phone: '+44 20 7946 0018' });
    const res = await w.api.owner.post(`/v2/leads/${ada.id}/convert`, { create_deal: true, deal_name: 'Difference engine', deal_value: '2500.50' });
    expect(res.statusCode, res.body).toBe(200);
    const { individual_id, organization_id, deal_id } = res.json().data;

    for (const visitor of [{ email: 'ADA@engines.test' }, { phone: '+442079460018' }]) {
      const result = await lookup(visitor);
      expect(result.matches).toHaveLength(1);
      const match = result.matches[0]!;
      expect(match.resourceType === 'contact' && match).toMatchObject({
        id: individual_id,
        contact: { id: individual_id, first_name: 'Ada', last_name: 'Lovelace', contact_id: organization_id },
        organization: { id: organization_id, name: 'Analytical Engines', is_organization: true },
        deals: [{ id: deal_id, name: 'Difference engine', value: '2500.5', currency: 'USD', stageName: expect.any(String) }],
      });
    }
  });

  it('shows a person with their company and deals, each only if the actor may see it', async () => {
    const company = await contact({ is_organization: true, name: 'Globex', owner_id: w.users.outsider.id, last_name: undefined });
    const person = await contact({ first_name: 'Hank', last_name: 'Scorpio', email: 'hank@globex.test', contact_id: company.id, owner_id: w.users.rep.id });
    const ownDeal = await send(w.api.owner, 'POST', '/v2/deals', { name: 'Doomsday device', contact_id: person.id, value: '1000', owner_id: w.users.rep.id });
    const hiddenDeal = await send(w.api.owner, 'POST', '/v2/deals', { name: 'Hammock district', contact_id: person.id, value: '50', owner_id: w.users.outsider.id });

    const full = (await lookup({ email: 'hank@globex.test' })).matches[0]!;
    expect(full.resourceType === 'contact' && [full.organization?.id, full.deals.map((d) => d.id)]).toEqual([company.id, [hiddenDeal.id, ownDeal.id]]);
    const stages = (await w.api.owner.get('/v2/stages')).json().items.map((i: { data: { id: number } }) => i.data);
    const stage = stages.find((s: { id: number }) => s.id === (full.resourceType === 'contact' && full.deals[0]!.stageId));
    expect(full.resourceType === 'contact' && full.deals[0]).toMatchObject({ value: '50', currency: 'USD', stageName: stage.name, stageCategory: stage.category, ownerId: w.users.outsider.id });

    const asRep = (await lookup({ email: 'hank@globex.test' }, w.users.rep)).matches[0]!;
    expect(asRep.resourceType === 'contact' && [asRep.organization, asRep.deals.map((d) => d.id)]).toEqual([null, [ownDeal.id]]);
  });

  it('returns only what the actor may see in Sell', async () => {
    const email = 'visitor@team.test';
    const repLead = await lead({ first_name: 'Of Rita', email, owner_id: w.users.rep.id });
    const colleagueLead = await lead({ first_name: 'Of Ravi', email, owner_id: w.users.rep2.id });
    const outsiderLead = await lead({ first_name: 'Of Omar', email, owner_id: w.users.outsider.id });
    const system: OpContext = { db: t.db, account: w.account, actor: null };
    const fullAccess = await createUser(system, { name: 'Fiona', email: 'fiona@acme.test', password: PASSWORD, sellRole: 'user', sellFullAccess: true });

    const everyone = [`lead:${outsiderLead.id}`, `lead:${colleagueLead.id}`, `lead:${repLead.id}`];
    expect(await found({ email }, w.users.owner)).toEqual(everyone);
    expect(await found({ email }, fullAccess)).toEqual(everyone);
    expect(await found({ email }, w.users.manager)).toEqual([`lead:${colleagueLead.id}`, `lead:${repLead.id}`]);
    expect(await found({ email }, w.users.rep)).toEqual([`lead:${repLead.id}`]);
    expect(await found({ email }, w.users.outsider)).toEqual([`lead:${outsiderLead.id}`]);
    // A user without a Sell seat gets no Sell data at all.
    await expect(lookup({ email }, w.users.agent)).rejects.toMatchObject({ status: 403 });
  });

  it('says plainly when nothing matches or the details cannot be read', async () => {
    await lead({ email: 'someone@else.test', phone: '+1 415 555 0100' });
    expect(await lookup({ email: 'nobody@nowhere.test', phone: '+1 646 555 0100' })).toEqual({ email: 'nobody@nowhere.test', phone: '+16465550100', matches: [] });
    expect(await lookup({ email: '   ', phone: '' })).toEqual({ email: null, phone: null, matches: [] });
    expect(await lookup({})).toEqual({ email: null, phone: null, matches: [] });
  });

  it('fills the keys in for records that existed before the migration', async () => {
    const ada = await lead({ first_name: 'Ada', email: 'Ada@Engines.test', phone: '415.555.0100' });
    const cleo = await contact({ first_name: 'Cleo', mobile: '+81 3 1234 5678' });
    await customField('lead', 'Work email', 'email');
    const ben = await lead({ first_name: 'Ben', custom_fields: { 'Work email': 'ben@work.test' } });
    const converted = await lead({ first_name: 'Done', email: 'done@engines.test' });
    const conversion = await w.api.owner.post(`/v2/leads/${converted.id}/convert`, {});
    expect(conversion.statusCode, conversion.body).toBe(200);
    const sell = sellDb(t.db);
    const before = await sell.selectFrom('sell_contact_points').selectAll().orderBy('resource_type').orderBy('resource_id').orderBy('kind').execute();

    await contactPointsMigration.down(t.db.kysely);
    await contactPointsMigration.up(t.db.kysely);
    const after = await sell.selectFrom('sell_contact_points').selectAll().orderBy('resource_type').orderBy('resource_id').orderBy('kind').execute();
    expect(after).toEqual(before);
    expect(await found({ email: 'ada@engines.test', phone: '+14155550100' })).toEqual([`lead:${ada.id}`]);
    expect(await found({ phone: '+81312345678' })).toEqual([`contact:${cleo.id}`]);
    expect(await found({ email: 'ben@work.test' })).toEqual([`lead:${ben.id}`]);
    expect(await found({ email: 'done@engines.test' })).toEqual([`contact:${conversion.json().data.individual_id}`]);
  });
});

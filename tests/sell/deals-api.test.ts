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

const fields = (res: { json(): any }) => res.json().errors.map((e: any) => e.error.field);
const dealNames = (body: any) => body.items.map((i: any) => i.data.name);

async function post(api: SellApiClient, path: string, data: Record<string, unknown>) {
  const res = await api.post(path, data);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

async function stages(api: SellApiClient) {
  const items = (await api.get('/v2/stages?sort_by=position')).json().items.map((i: any) => i.data);
  return Object.fromEntries(items.map((s: any) => [s.name, s.id])) as Record<string, number>;
}

describe('/v2/deals', () => {
  it('creates, lists, retrieves, updates with its own response, and destroys a deal', async () => {
    const org = await post(w.api.rep, '/v2/contacts', { is_organization: true, name: 'Engines' });
    const ada = await post(w.api.rep, '/v2/contacts', { last_name: 'Lovelace', contact_id: org.id });
    const stage = await stages(w.api.rep);

    const created = await w.api.rep.post('/v2/deals', { name: 'Difference engine', contact_id: ada.id, value: '1000', tags: ['big'] });
    expect(created.statusCode, created.body).toBe(200);
    const deal = created.json();
    expect(deal.meta).toEqual({ type: 'deal' });
    expect(deal.data).toMatchObject({
      name: 'Difference engine',
      value: '1000',
      currency: 'USD',
      hot: false,
      stage_id: stage.Incoming,
      contact_id: ada.id,
      organization_id: org.id,
      owner_id: w.users.rep.id,
      creator_id: w.users.rep.id,
      last_stage_change_by_id: w.users.rep.id,
      dropbox_email: null,
      estimated_close_date: null,
      tags: ['big'],
      custom_fields: {},
      lead_id: null,
    });
    for (const key of ['created_at', 'updated_at', 'added_at', 'added_on', 'last_stage_change_at']) {
      expect(deal.data[key], key).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
    const id = deal.data.id;

    const list = (await w.api.rep.get('/v2/deals')).json();
    expect(list.meta).toMatchObject({ type: 'collection', count: 1 });
    expect(list.items[0]).toEqual({ data: deal.data, meta: { type: 'deal' } });
    expect((await w.api.rep.get(`/v2/deals/${id}`)).json().data).toEqual(deal.data);

    const echoed = await w.api.rep.put(`/v2/deals/${id}`, { ...deal.data, hot: 'True', estimated_close_date: '2031-03-31' });
    expect(echoed.statusCode, echoed.body).toBe(200);
    expect(echoed.json().data).toMatchObject({
      hot: true,
      estimated_close_date: '2031-03-31',
      value: '1000',
      stage_id: stage.Incoming,
      last_stage_change_at: deal.data.last_stage_change_at,
      added_at: deal.data.added_at,
      tags: ['big'],
    });

    const destroyed = await w.api.rep.delete(`/v2/deals/${id}`);
    expect(destroyed.statusCode).toBe(204);
    expect(destroyed.body).toBe('');
    expect((await w.api.rep.get(`/v2/deals/${id}`)).statusCode).toBe(404);
    expect((await w.api.rep.get(`/v2/contacts/${ada.id}`)).statusCode).toBe(200);
  });

  it("takes its organization from its contact, on create and update, and follows the contact's moves", async () => {
    const engines = await post(w.api.rep, '/v2/contacts', { is_organization: true, name: 'Engines' });
    const looms = await post(w.api.rep, '/v2/contacts', { is_organization: true, name: 'Looms' });
    const ada = await post(w.api.rep, '/v2/contacts', { last_name: 'Lovelace', contact_id: engines.id });
    const loner = await post(w.api.rep, '/v2/contacts', { last_name: 'Solo' });
    const organizationOf = async (id: number) => (await w.api.rep.get(`/v2/deals/${id}`)).json().data.organization_id;

    // A person in a company: the company. An organization: itself. A person in none: none.
    const deal = await post(w.api.rep, '/v2/deals', { name: 'Engine', contact_id: ada.id });
    expect(deal.organization_id).toBe(engines.id);
    expect((await post(w.api.rep, '/v2/deals', { name: 'Looms deal', contact_id: looms.id })).organization_id).toBe(looms.id);
    expect((await post(w.api.rep, '/v2/deals', { name: 'Solo deal', contact_id: loner.id })).organization_id).toBeNull();
    // organization_id is read-only: what a client sends is ignored, the contact decides.
    expect((await post(w.api.rep, '/v2/deals', { name: 'Sent', contact_id: ada.id, organization_id: looms.id })).organization_id).toBe(engines.id);

    const put = (data: Record<string, unknown>) => w.api.rep.put(`/v2/deals/${deal.id}`, data);
    expect((await put({ contact_id: loner.id })).json().data).toMatchObject({ contact_id: loner.id, organization_id: null });
    expect((await put({ contact_id: looms.id })).json().data).toMatchObject({ contact_id: looms.id, organization_id: looms.id });
    expect((await put({ contact_id: ada.id, organization_id: looms.id })).json().data).toMatchObject({ contact_id: ada.id, organization_id: engines.id });
    expect((await put({ contact_id: null })).json().data).toMatchObject({ contact_id: null, organization_id: null });
    await put({ contact_id: ada.id });

    // Ada moves from Engines to Looms, then to no company: her deal goes with her, and says it changed.
    expect((await w.api.rep.put(`/v2/contacts/${ada.id}`, { contact_id: looms.id })).statusCode).toBe(200);
    expect(await organizationOf(deal.id)).toBe(looms.id);
    const events = await t.db.kysely.selectFrom('outbox').select(['type', 'payload']).orderBy('id', 'desc').limit(2).execute();
    expect(events.map((e) => [e.type, JSON.parse(e.payload).resourceType, JSON.parse(e.payload).resourceId])).toContainEqual(['sell.record.updated', 'deal', deal.id]);
    await w.api.rep.put(`/v2/contacts/${ada.id}`, { contact_id: null });
    expect(await organizationOf(deal.id)).toBeNull();
    // An organization that moves under a parent stays its deals' organization.
    await w.api.rep.put(`/v2/contacts/${looms.id}`, { parent_organization_id: engines.id });
    expect((await w.api.rep.get(`/v2/deals?contact_id=${looms.id}`)).json().items.map((i: any) => i.data.organization_id)).toEqual([looms.id]);
  });

  it('keeps value a decimal string, whatever form a client sends', async () => {
    for (const [sent, stored] of [
      ['1000', '1000'],
      ['1000.0', '1000'],
      [1000.5, '1000.5'],
      ['0099.90', '99.9'],
      [19.99, '19.99'],
      [0, '0'],
      ['123456789012345.67', '123456789012345.67'],
    ] as const) {
      const deal = await post(w.api.rep, '/v2/deals', { name: `V ${sent}`, value: sent });
      expect(deal.value, String(sent)).toBe(stored);
      expect((await w.api.rep.get(`/v2/deals/${deal.id}`)).json().data.value).toBe(stored);
    }
    for (const junk of ['1,000', '1.234', '-5', 'lots', '1e3', 0.1 + 0.2, true]) {
      const res = await w.api.rep.post('/v2/deals', { name: 'Junk', value: junk });
      expect(res.statusCode, String(junk)).toBe(422);
      expect(fields(res)).toEqual(['/data/value']);
    }
    const id = (await post(w.api.rep, '/v2/deals', { name: 'Later', currency: 'eur' })).id;
    expect((await w.api.rep.put(`/v2/deals/${id}`, { value: '25.10' })).json().data).toMatchObject({ value: '25.1', currency: 'EUR' });
    expect((await w.api.rep.put(`/v2/deals/${id}`, { value: null })).json().data.value).toBe('0');
  });

  it('takes the account’s currency by default and names every bad field', async () => {
    await w.api.rep.get('/v2/deals'); // the account's Sell settings are made on its first request
    await sellDb(t.db).updateTable('sell_settings').set({ currency: 'EUR' }).where('account_id', '=', w.account.id).execute();
    expect((await post(w.api.rep, '/v2/deals', { name: 'Euro' })).currency).toBe('EUR');

    const nameless = await w.api.rep.post('/v2/deals', { value: 5 });
    expect(nameless.json().errors).toHaveLength(1);
    expect(nameless.json().errors[0].error).toMatchObject({ code: 'blank', field: '/data/name', resource: 'deal' });
    const bad = await w.api.rep.post('/v2/deals', {
      name: 'Bad',
      currency: 'XYZ',
      hot: 'maybe',
      customized_win_likelihood: 101,
      estimated_close_date: '2024-02-30',
      added_on: 'yesterday',
    });
    expect(fields(bad).sort()).toEqual(['/data/added_on', '/data/currency', '/data/customized_win_likelihood', '/data/estimated_close_date', '/data/hot']);
    const unknown = await w.api.rep.post('/v2/deals', { name: 'X', organization_name: 'Nope' });
    expect(unknown.json().errors[0].error).toMatchObject({ code: 'unknown', field: '/data/organization_name' });

    const leadSource = (await w.api.owner.post('/v2/lead_sources', { name: 'Fair' })).json().data;
    expect(fields(await w.api.rep.post('/v2/deals', { name: 'X', source_id: leadSource.id }))).toEqual(['/data/source_id']);
    expect(fields(await w.api.rep.post('/v2/deals', { name: 'X', stage_id: 999999 }))).toEqual(['/data/stage_id']);
    expect(fields(await w.api.rep.post('/v2/deals', { name: 'X', contact_id: 999999 }))).toEqual(['/data/contact_id']);
    expect(fields(await w.api.rep.post('/v2/deals', { name: 'X', owner_id: w.users.agent.id }))).toEqual(['/data/owner_id']);

    const dealSource = (await w.api.owner.post('/v2/deal_sources', { name: 'Referral' })).json().data;
    const lossReason = (await w.api.owner.post('/v2/loss_reasons', { name: 'Price' })).json().data;
    const unqualified = (await w.api.owner.post('/v2/deal_unqualified_reasons', { name: 'No budget' })).json().data;
    const good = await post(w.api.rep, '/v2/deals', {
      name: 'Good',
      source_id: dealSource.id,
      loss_reason_id: lossReason.id,
      unqualified_reason_id: unqualified.id,
      customized_win_likelihood: '40',
      estimated_close_date: '2030-01-15',
      added_on: '2024-05-01T10:00:00+02:00',
    });
    expect(good).toMatchObject({
      source_id: dealSource.id,
      loss_reason_id: lossReason.id,
      unqualified_reason_id: unqualified.id,
      customized_win_likelihood: 40,
      estimated_close_date: '2030-01-15',
      added_on: '2024-05-01T08:00:00Z',
      added_at: '2024-05-01T08:00:00Z',
    });
    expect((await w.api.rep.get('/v2/deals')).json().items.map((i: any) => i.data.name)).toEqual(['Euro', 'Good']);
  });

  it('stamps a move to another stage and shows it in the deal’s feed', async () => {
    const stage = await stages(w.api.rep);
    const deal = await post(w.api.rep, '/v2/deals', { name: 'Mover', added_on: '2020-01-01T00:00:00Z', last_stage_change_at: '2020-01-01T00:00:00Z' });
    expect(deal).toMatchObject({ stage_id: stage.Incoming, last_stage_change_at: '2020-01-01T00:00:00Z' });

    const moved = (await w.api.manager.put(`/v2/deals/${deal.id}`, { ...deal, stage_id: stage.Quote })).json().data;
    expect(moved.stage_id).toBe(stage.Quote);
    expect(moved.last_stage_change_by_id).toBe(w.users.manager.id);
    expect(moved.last_stage_change_at > '2020-01-01T00:00:00Z').toBe(true);
    // A PUT that leaves the stage alone leaves the stamp alone.
    expect((await w.api.rep.put(`/v2/deals/${deal.id}`, { name: 'Mover 2' })).json().data).toMatchObject({
      last_stage_change_at: moved.last_stage_change_at,
      last_stage_change_by_id: w.users.manager.id,
    });

    await t.app.events.drain();
    const feed = (await w.api.rep.get(`/v2/deals/${deal.id}/feed`)).json();
    expect(feed.items.map((i: any) => i.data.kind)).toEqual(['stage_changed', 'created']);
    expect(feed.items[0].data.data).toEqual({ from: stage.Incoming, to: stage.Quote });
    expect(feed.items[0].data.actor_id).toBe(w.users.manager.id);
  });

  it('filters and sorts', async () => {
    const stage = await stages(w.api.rep);
    const org = await post(w.api.rep, '/v2/contacts', { is_organization: true, name: 'Org' });
    const ada = await post(w.api.rep, '/v2/contacts', { last_name: 'Ada', contact_id: org.id });
    const bob = await post(w.api.rep, '/v2/contacts', { last_name: 'Bob' });
    await post(w.api.rep, '/v2/deals', { name: 'A', contact_id: ada.id, hot: true, estimated_close_date: '2030-06-01' });
    await post(w.api.rep, '/v2/deals', { name: 'B', contact_id: bob.id, stage_id: stage.Won });
    await post(w.api.rep, '/v2/deals', { name: 'C', contact_id: org.id, owner_id: w.users.rep2.id });
    const names = (q: string) => w.api.manager.get(`/v2/deals?${q}`).then((r) => dealNames(r.json()));

    expect(await names('')).toEqual(['A', 'B', 'C']);
    expect(await names('sort_by=name:desc')).toEqual(['C', 'B', 'A']);
    expect(await names('hot=TRUE')).toEqual(['A']);
    expect(await names('hot=false')).toEqual(['B', 'C']);
    expect(await names(`stage_id=${stage.Won}`)).toEqual(['B']);
    expect(await names(`contact_id=${ada.id}`)).toEqual(['A']);
    expect(await names(`organization_id=${org.id}`)).toEqual(['A', 'C']);
    expect(await names(`owner_id=${w.users.rep2.id}`)).toEqual(['C']);
    expect(await names(`creator_id=${w.users.rep.id}`)).toEqual(['A', 'B', 'C']);
    expect(await names('estimated_close_date=2030-06-01')).toEqual(['A']);
    expect(await names('per_page=2&page=2')).toEqual(['C']);
    for (const query of ['unknown=param', 'hot=maybe', 'estimated_close_date=June', 'sort_by=value', 'name=A']) {
      const res = await w.api.rep.get(`/v2/deals?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].error.code).toBe('invalid_param');
    }
  });

  it('filters on custom fields', async () => {
    const now = nowIso();
    await sellDb(t.db)
      .insertInto('sell_custom_fields')
      .values({ account_id: w.account.id, resource_type: 'deal', name: 'Region', name_lower: 'region', type: 'list', choices: JSON.stringify([{ id: 1, name: 'EMEA' }, { id: 2, name: 'APAC' }]), filterable: 1, for_contact: 1, for_organisation: 1, position: 0, created_at: now, updated_at: now })
      .execute();
    await post(w.api.rep, '/v2/deals', { name: 'Europe', custom_fields: { region: 'emea' } });
    await post(w.api.rep, '/v2/deals', { name: 'Asia', custom_fields: { Region: 'APAC' } });
    expect(dealNames((await w.api.rep.get('/v2/deals?custom_fields[Region]=EMEA')).json())).toEqual(['Europe']);
    expect(fields(await w.api.rep.post('/v2/deals', { name: 'Moon', custom_fields: { Region: 'Moon' } }))).toEqual(['/data/custom_fields/Region']);
  });

  it('shows a rep their own and their reportees’ deals, a 404 for anyone else’s (A-3)', async () => {
    const ritas = await post(w.api.rep, '/v2/deals', { name: 'Ritas' });
    const ravis = await post(w.api.rep2, '/v2/deals', { name: 'Ravis' });
    await post(w.api.outsider, '/v2/deals', { name: 'Omars' });
    const names = async (api: SellApiClient) => dealNames((await api.get('/v2/deals')).json());
    expect(await names(w.api.rep)).toEqual(['Ritas']);
    expect(await names(w.api.manager)).toEqual(['Ritas', 'Ravis']);
    expect(await names(w.api.owner)).toEqual(['Ritas', 'Ravis', 'Omars']);
    for (const [method, body] of [['GET'], ['PUT', { data: { name: 'x' } }], ['DELETE']] as const) {
      const res = await w.api.rep.request(method, `/v2/deals/${ravis.id}`, body);
      expect(res.statusCode, method).toBe(404);
      expect(res.json().errors[0].error.code).toBe('not_found');
    }
    // A contact the rep cannot see cannot become a deal's contact…
    const omarsContact = await post(w.api.outsider, '/v2/contacts', { last_name: 'Omar' });
    expect(fields(await w.api.rep.put(`/v2/deals/${ritas.id}`, { contact_id: omarsContact.id }))).toEqual(['/data/contact_id']);
    // …but a deal whose contact a rep cannot see can still be sent back as it was read.
    const shared = await post(w.api.owner, '/v2/deals', { name: 'Shared', contact_id: omarsContact.id, owner_id: w.users.rep.id });
    const read = (await w.api.rep.get(`/v2/deals/${shared.id}`)).json().data;
    expect((await w.api.rep.put(`/v2/deals/${shared.id}`, { ...read, hot: true })).statusCode).toBe(200);
    expect((await w.api.agent.get('/v2/deals')).statusCode).toBe(403);
  });

  it('lets a deal distribution pool pick the owner, and says why in the feed (A-4)', async () => {
    const pool = (await w.api.owner.post('/v2/pools', { name: 'Deals', resource_type: 'deal', member_ids: [w.users.rep2.id, w.users.rep.id] })).json().data;
    const deal = await post(w.api.owner, '/v2/deals', { name: 'Pooled', pool_id: pool.id });
    expect(deal.owner_id).toBe(w.users.rep2.id);
    expect((await w.api.owner.put(`/v2/deals/${deal.id}`, { pool_id: pool.id })).json().data.owner_id).toBe(w.users.rep.id);
    await t.app.events.drain();
    const feed = (await w.api.owner.get(`/v2/deals/${deal.id}/feed`)).json().items.map((i: any) => i.data.kind);
    expect(feed).toEqual(['owner_changed', 'created']);
    expect(fields(await w.api.owner.post('/v2/deals', { name: 'Both', pool_id: pool.id, owner_id: w.users.rep.id }))).toEqual(['/data/pool_id']);
  });

  it('keeps accounts apart', async () => {
    const other = await makeSellWorld(t, 'other');
    const theirs = await post(other.api.owner, '/v2/deals', { name: 'Theirs' });
    const theirContact = await post(other.api.owner, '/v2/contacts', { last_name: 'Theirs' });
    const theirStage = (await other.api.owner.get('/v2/stages')).json().items[0].data.id;
    for (const [method, body] of [['GET'], ['PUT', { data: { name: 'x' } }], ['DELETE']] as const) {
      expect((await w.api.owner.request(method, `/v2/deals/${theirs.id}`, body)).statusCode, method).toBe(404);
    }
    expect((await w.api.owner.request('GET', `/v2/deals/${theirs.id}`, undefined, { host: other.host })).statusCode).toBe(401);
    const res = await w.api.owner.post('/v2/deals', { name: 'Ours', contact_id: theirContact.id, stage_id: theirStage });
    expect(fields(res).sort()).toEqual(['/data/stage_id']);
    expect(fields(await w.api.owner.post('/v2/deals', { name: 'Ours', contact_id: theirContact.id }))).toEqual(['/data/contact_id']);
    expect((await w.api.owner.get('/v2/deals')).json().items).toEqual([]);
  });
});

describe('/v2/deals/{deal_id}/associated_contacts', () => {
  it('adds, lists and removes a deal’s contacts; deleting the deal removes them', async () => {
    const deal = await post(w.api.rep, '/v2/deals', { name: 'Team deal' });
    const ada = await post(w.api.rep, '/v2/contacts', { last_name: 'Ada' });
    const bob = await post(w.api.rep, '/v2/contacts', { last_name: 'Bob' });
    const path = `/v2/deals/${deal.id}/associated_contacts`;
    expect((await w.api.rep.get(path)).json()).toMatchObject({ items: [], meta: { type: 'collection', count: 0 } });

    const added = await w.api.rep.post(path, { contact_id: ada.id, role: 'decision maker' });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().meta).toEqual({ type: 'associated_contact' });
    expect(added.json().data).toMatchObject({ contact_id: ada.id, role: 'decision maker' });
    expect(added.json().data.id).toBeUndefined();
    expect((await post(w.api.rep, path, { contact_id: String(bob.id) })).role).toBe('involved');
    // Adding again changes the role, never duplicates.
    expect((await post(w.api.rep, path, { contact_id: ada.id, role: 'champion' })).role).toBe('champion');
    expect((await post(w.api.rep, path, { contact_id: ada.id })).role).toBe('champion');

    const list = (await w.api.rep.get(path)).json();
    expect(list.items).toEqual([
      { data: expect.objectContaining({ contact_id: ada.id, role: 'champion' }), meta: { type: 'associated_contact' } },
      { data: expect.objectContaining({ contact_id: bob.id, role: 'involved' }), meta: { type: 'associated_contact' } },
    ]);
    expect((await w.api.rep.get(`${path}?per_page=1&page=2`)).json().items.map((i: any) => i.data.contact_id)).toEqual([bob.id]);
    for (const query of ['unknown=param', 'ids=1', 'sort_by=role']) expect((await w.api.rep.get(`${path}?${query}`)).statusCode, query).toBe(400);

    const removed = await w.api.rep.delete(`${path}/${bob.id}`);
    expect(removed.statusCode).toBe(204);
    expect(removed.body).toBe('');
    expect((await w.api.rep.delete(`${path}/${bob.id}`)).statusCode).toBe(404);
    expect((await w.api.rep.get(path)).json().items.map((i: any) => i.data.contact_id)).toEqual([ada.id]);

    expect((await w.api.rep.delete(`/v2/deals/${deal.id}`)).statusCode).toBe(204);
    const left = await sellDb(t.db).selectFrom('sell_deal_contacts').selectAll().where('deal_id', '=', deal.id).execute();
    expect(left).toEqual([]);
    expect((await w.api.rep.get(`/v2/contacts/${ada.id}`)).statusCode).toBe(200);
  });

  it('refuses a missing or hidden deal with 404 and a missing or hidden contact with 422', async () => {
    const mine = await post(w.api.rep, '/v2/deals', { name: 'Mine' });
    const ravis = await post(w.api.rep2, '/v2/deals', { name: 'Ravis' });
    const ravisContact = await post(w.api.rep2, '/v2/contacts', { last_name: 'Ravi' });
    const ada = await post(w.api.rep, '/v2/contacts', { last_name: 'Ada' });
    await post(w.api.rep2, `/v2/deals/${ravis.id}/associated_contacts`, { contact_id: ravisContact.id });

    for (const deal of [ravis.id, 999999]) {
      expect((await w.api.rep.get(`/v2/deals/${deal}/associated_contacts`)).statusCode).toBe(404);
      expect((await w.api.rep.post(`/v2/deals/${deal}/associated_contacts`, { contact_id: ada.id })).statusCode).toBe(404);
      expect((await w.api.rep.delete(`/v2/deals/${deal}/associated_contacts/${ravisContact.id}`)).statusCode).toBe(404);
    }
    for (const contact of [ravisContact.id, 999999]) {
      const res = await w.api.rep.post(`/v2/deals/${mine.id}/associated_contacts`, { contact_id: contact });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].error).toMatchObject({ field: '/data/contact_id', resource: 'associated_contact' });
    }
    const missing = await w.api.rep.post(`/v2/deals/${mine.id}/associated_contacts`, { role: 'involved' });
    expect(fields(missing)).toEqual(['/data/contact_id']);
    expect(fields(await w.api.rep.post(`/v2/deals/${mine.id}/associated_contacts`, { contact_id: ada.id, id: 3 }))).toEqual(['/data/id']);
    // The manager sees Ravi's deal and its contacts.
    expect((await w.api.manager.get(`/v2/deals/${ravis.id}/associated_contacts`)).json().items).toHaveLength(1);

    const other = await makeSellWorld(t, 'other');
    expect((await other.api.owner.get(`/v2/deals/${mine.id}/associated_contacts`)).statusCode).toBe(404);
    const theirContact = await post(other.api.owner, '/v2/contacts', { last_name: 'Theirs' });
    expect((await w.api.rep.post(`/v2/deals/${mine.id}/associated_contacts`, { contact_id: theirContact.id })).statusCode).toBe(422);
  });
});

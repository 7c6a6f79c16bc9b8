import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { makeSellWorld, type SellWorld } from '../support/sell-api.ts';
import { sellDb } from '../../src/sell/sell-tables.ts';
import { nowIso } from '../../src/platform/db/time.ts';

let t: TestApp;
let w: SellWorld;
beforeEach(async () => {
  t = await startTestApp();
  w = await makeSellWorld(t);
});
afterEach(() => t.close());

describe('/v2/leads', () => {
  it('creates, lists, retrieves, updates with its own response, and destroys a lead', async () => {
    const created = await w.api.rep.post('/v2/leads', {
      first_name: 'Ada',
      last_name: 'Lovelace',
      organization_name: 'Analytical Engines',
      email: 'Ada@Engines.test',
      phone: '+44 20 7946 0018',
      address: { city: 'London', country: 'UK' },
      tags: ['vip', 'london'],
    });
    expect(created.statusCode).toBe(200);
    expect(created.headers['content-type']).toContain('application/json');
    const lead = created.json();
    expect(lead.meta).toEqual({ type: 'lead' });
    expect(lead.data).toMatchObject({
      first_name: 'Ada',
      status: 'New',
      owner_id: w.users.rep.id,
      creator_id: w.users.rep.id,
      tags: ['london', 'vip'],
      custom_fields: {},
      address: { line1: null, city: 'London', postal_code: null, state: null, country: 'UK' },
    });
    expect(lead.data.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const id = lead.data.id;

    const list = (await w.api.rep.get('/v2/leads')).json();
    expect(list.meta).toMatchObject({ type: 'collection', count: 1 });
    expect(list.items[0]).toEqual({ data: lead.data, meta: { type: 'lead' } });

    expect((await w.api.rep.get(`/v2/leads/${id}`)).json().data).toEqual(lead.data);

    // A client sends back exactly what it got, nulls, read-only fields and all.
    const echoed = await w.api.rep.put(`/v2/leads/${id}`, { ...lead.data, title: 'Countess' });
    expect(echoed.statusCode, echoed.body).toBe(200);
    expect(echoed.json().data).toMatchObject({ title: 'Countess', tags: ['london', 'vip'], first_name: 'Ada' });

    const destroyed = await w.api.rep.delete(`/v2/leads/${id}`);
    expect(destroyed.statusCode).toBe(204);
    expect(destroyed.body).toBe('');
    expect((await w.api.rep.get(`/v2/leads/${id}`)).statusCode).toBe(404);
  });

  it('PUT changes only the keys sent; tags are replaced as a set', async () => {
    const id = (await w.api.rep.post('/v2/leads', { last_name: 'Hopper', title: 'Rear Admiral', tags: ['navy'] })).json().data.id;
    const res = (await w.api.rep.put(`/v2/leads/${id}`, { first_name: 'Grace', tags: ['cobol'] })).json().data;
    expect(res).toMatchObject({ first_name: 'Grace', last_name: 'Hopper', title: 'Rear Admiral', tags: ['cobol'] });
  });

  it('refuses a lead with neither last name nor organization with exactly one error', async () => {
    const res = await w.api.rep.post('/v2/leads', {});
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].error).toMatchObject({ code: 'blank', field: '/data/last_name', resource: 'lead' });
    expect(body.meta).toMatchObject({ type: 'errors', http_status: '422 Unprocessable Entity' });
    expect(body.meta.logref).toBe(res.headers['x-request-id']);
  });

  it('names unknown attributes, bad values and unknown statuses', async () => {
    const unknown = await w.api.rep.post('/v2/leads', { last_name: 'X', invalid_field: 1 });
    expect(unknown.json().errors[0].error).toMatchObject({ code: 'unknown', field: '/data/invalid_field' });
    const bad = await w.api.rep.post('/v2/leads', { last_name: 'X', email: 'not an email', owner_id: 'abc' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { error: { field: string } }) => e.error.field).sort()).toEqual(['/data/email', '/data/owner_id']);
    const status = await w.api.rep.post('/v2/leads', { last_name: 'X', status: 'Hot potato' });
    expect(status.json().errors[0].error.message).toMatch(/New, Working, Unqualified/);
    expect((await w.api.rep.get('/v2/leads')).json().items).toEqual([]);
  });

  it('accepts any letter case of a status and stores it as the account spells it', async () => {
    const res = await w.api.rep.post('/v2/leads', { last_name: 'X', status: 'working' });
    expect(res.json().data.status).toBe('Working');
  });

  it('filters, sorts and pages, with links; past the end is an empty page', async () => {
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
      await w.api.rep.post('/v2/leads', { last_name: name, status: name === 'Echo' ? 'Working' : 'New', address: { city: name === 'Bravo' ? 'Paris' : 'Rome' } });
    }
    const page1 = (await w.api.rep.get('/v2/leads?sort_by=last_name:desc&per_page=2')).json();
    expect(page1.items.map((i: any) => i.data.last_name)).toEqual(['Echo', 'Delta']);
    expect(page1.meta.links.next_page).toContain('page=2');
    expect(page1.meta.links.prev_page).toBeUndefined();
    const page3 = (await w.api.rep.get('/v2/leads?sort_by=last_name:desc&per_page=2&page=3')).json();
    expect(page3.items.map((i: any) => i.data.last_name)).toEqual(['Alpha']);
    expect(page3.meta.links.next_page).toBeUndefined();
    expect(page3.meta.links.prev_page).toContain('page=2');
    expect((await w.api.rep.get('/v2/leads?page=4&per_page=2')).json().items).toEqual([]);
    expect((await w.api.rep.get('/v2/leads?status=Working')).json().items.map((i: any) => i.data.last_name)).toEqual(['Echo']);
    expect((await w.api.rep.get('/v2/leads?address[city]=paris')).json().items.map((i: any) => i.data.last_name)).toEqual(['Bravo']);
    const ids = (await w.api.rep.get('/v2/leads?sort_by=id')).json().items.map((i: any) => i.data.id);
    for (const form of [`ids=${ids[0]},${ids[2]}`, `ids=${ids[0]}&ids=${ids[2]}`, `ids[0]=${ids[0]}&ids[1]=${ids[2]}`]) {
      expect((await w.api.rep.get(`/v2/leads?${form}&sort_by=id`)).json().items.map((i: any) => i.data.id)).toEqual([ids[0], ids[2]]);
    }
  });

  it('answers 400 invalid_param to unknown or out-of-range parameters', async () => {
    for (const query of ['unknown=param', 'per_page=200', 'page=0', 'sort_by=password', 'owner_id=abc']) {
      const res = await w.api.rep.get(`/v2/leads?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors).toHaveLength(1);
      expect(res.json().errors[0].error.code).toBe('invalid_param');
    }
    expect((await w.api.rep.get('/v2/leads?per_page=200')).json().errors[0].error.details).toBe('must be between 1 and 100, given: 200');
  });

  it('shows a rep their own and their reportees’ leads, a 404 for anyone else’s (A-3)', async () => {
    const ritas = (await w.api.rep.post('/v2/leads', { last_name: 'Ritas' })).json().data.id;
    const ravis = (await w.api.rep2.post('/v2/leads', { last_name: 'Ravis' })).json().data.id;
    const omars = (await w.api.outsider.post('/v2/leads', { last_name: 'Omars' })).json().data.id;
    const names = async (api: typeof w.api.rep) => (await api.get('/v2/leads?sort_by=id')).json().items.map((i: any) => i.data.last_name);
    expect(await names(w.api.rep)).toEqual(['Ritas']);
    expect(await names(w.api.manager)).toEqual(['Ritas', 'Ravis']);
    expect(await names(w.api.owner)).toEqual(['Ritas', 'Ravis', 'Omars']);
    for (const [method, body] of [['GET'], ['PUT', { data: { title: 'x' } }], ['DELETE']] as const) {
      const res = await w.api.rep.request(method, `/v2/leads/${ravis}`, body);
      expect(res.statusCode, method).toBe(404);
      expect(res.json().errors[0].error.code).toBe('not_found');
    }
    expect((await w.api.manager.put(`/v2/leads/${ritas}`, { title: 'Seen by her manager' })).statusCode).toBe(200);
    expect((await w.api.rep.get(`/v2/leads/${omars}`)).statusCode).toBe(404);
    const noSeat = await w.api.agent.get('/v2/leads');
    expect(noSeat.statusCode).toBe(403);
  });

  it('checks the owner, and lets a lead be handed to another rep', async () => {
    const id = (await w.api.rep.post('/v2/leads', { last_name: 'Handover' })).json().data.id;
    expect((await w.api.rep.put(`/v2/leads/${id}`, { owner_id: w.users.agent.id })).statusCode).toBe(422);
    expect((await w.api.rep.put(`/v2/leads/${id}`, { owner_id: w.users.rep2.id })).json().data.owner_id).toBe(w.users.rep2.id);
    expect((await w.api.rep.get(`/v2/leads/${id}`)).statusCode).toBe(404);
    expect((await w.api.rep2.get(`/v2/leads/${id}`)).statusCode).toBe(200);
  });

  it('validates custom field values by type and filters on them', async () => {
    const sell = sellDb(t.db);
    const now = nowIso();
    for (const [name, type, choices] of [
      ['Budget', 'number', null],
      ['Tier', 'list', JSON.stringify([{ id: 1, name: 'Gold' }, { id: 2, name: 'Silver' }])],
      ['Newsletter', 'bool', null],
    ] as const) {
      await sell
        .insertInto('sell_custom_fields')
        .values({ account_id: w.account.id, resource_type: 'lead', name, name_lower: name.toLowerCase(), type, choices, filterable: 1, for_contact: 1, for_organisation: 1, position: 0, created_at: now, updated_at: now })
        .execute();
    }
    const ok = await w.api.rep.post('/v2/leads', { last_name: 'Custom', custom_fields: { Budget: '1500', tier: 'gold', Newsletter: 'True' } });
    expect(ok.json().data.custom_fields).toEqual({ Budget: 1500, Tier: 'Gold', Newsletter: true });
    await w.api.rep.post('/v2/leads', { last_name: 'Other', custom_fields: { Tier: 'Silver' } });
    const bad = await w.api.rep.post('/v2/leads', { last_name: 'Bad', custom_fields: { Budget: 'lots', Colour: 'red' } });
    expect(bad.json().errors.map((e: any) => [e.error.code, e.error.field])).toEqual([
      ['incorrect_value', '/data/custom_fields/Budget'],
      ['unknown', '/data/custom_fields/Colour'],
    ]);
    const filtered = (await w.api.rep.get('/v2/leads?custom_fields[Tier]=Gold')).json().items;
    expect(filtered.map((i: any) => i.data.last_name)).toEqual(['Custom']);
    const id = ok.json().data.id;
    const cleared = (await w.api.rep.put(`/v2/leads/${id}`, { custom_fields: { Budget: null } })).json().data.custom_fields;
    expect(cleared).toEqual({ Tier: 'Gold', Newsletter: true });
  });
});

describe('Sell API transport', () => {
  it('answers 401 in the Sell envelope without a valid token', async () => {
    for (const auth of [undefined, 'Bearer nope', 'Basic abc']) {
      const res = await t.app.inject({ method: 'GET', url: '/v2/leads', headers: { host: w.host, ...(auth ? { authorization: auth } : {}) } });
      expect(res.statusCode, auth).toBe(401);
      expect(res.json().errors[0].error.code).toBe('unauthorized');
      expect(res.json().meta.logref).toBe(res.headers['x-request-id']);
    }
  });

  it('checks scopes', async () => {
    const readOnly = await w.client(w.users.rep.id, ['read']);
    expect((await readOnly.get('/v2/leads')).statusCode).toBe(200);
    const res = await readOnly.post('/v2/leads', { last_name: 'X' });
    expect(res.statusCode).toBe(403);
    expect(res.json().errors[0].error.code).toBe('insufficient_scope');
  });

  it('answers unknown paths with 404 incorrect_path and wrong verbs with 405, in its own envelope', async () => {
    const path = await w.api.rep.get('/v2/nothing');
    expect(path.statusCode).toBe(404);
    expect(path.json().errors[0].error.code).toBe('incorrect_path');
    const verb = await w.api.rep.request('PATCH' as 'PUT', '/v2/leads/1', { data: {} });
    expect(verb.statusCode).toBe(405);
    expect(verb.json().errors[0].error.code).toBe('method_not_allowed');
  });

  it('refuses a body without the data envelope and invalid JSON with 400', async () => {
    const res = await w.api.rep.request('POST', '/v2/leads', { last_name: 'No envelope' });
    expect(res.statusCode).toBe(400);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/v2/leads',
      headers: { host: w.host, authorization: `Bearer ${w.api.rep.token}`, 'content-type': 'application/json' },
      payload: '{"data": {',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().errors[0].error.code).toBe('invalid_json');
  });
});

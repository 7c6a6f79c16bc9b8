import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { makeSellWorld, type SellWorld } from '../support/sell-api.ts';

let t: TestApp;
let w: SellWorld;
beforeEach(async () => {
  t = await startTestApp();
  w = await makeSellWorld(t);
});
afterEach(() => t.close());

/** The full cycle every writable family must pass: create, list, get, PUT back its own response, delete. */
async function roundTrip(path: string, type: string, create: Record<string, unknown>, change: Record<string, unknown>, api = w.api.owner) {
  const created = await api.post(`/v2/${path}`, create);
  expect(created.statusCode, created.body).toBe(200);
  expect(created.json().meta.type).toBe(type);
  const item = created.json().data;
  const listed = (await api.get(`/v2/${path}?ids=${item.id}`)).json();
  expect(listed.items).toEqual([{ data: item, meta: { type } }]);
  expect((await api.get(`/v2/${path}/${item.id}`)).json().data).toEqual(item);
  const echoed = await api.put(`/v2/${path}/${item.id}`, { ...item, ...change });
  expect(echoed.statusCode, echoed.body).toBe(200);
  expect(echoed.json().data).toMatchObject(change);
  expect((await api.delete(`/v2/${path}/${item.id}`)).statusCode).toBe(204);
  expect((await api.get(`/v2/${path}/${item.id}`)).statusCode).toBe(404);
  return item;
}

describe('sources and reasons', () => {
  it.each([
    ['lead_sources', 'lead_source'],
    ['deal_sources', 'deal_source'],
    ['sources', 'source'],
    ['loss_reasons', 'loss_reason'],
    ['deal_unqualified_reasons', 'deal_unqualified_reason'],
  ])('%s: full cycle, unique names, admins only', async (path, type) => {
    await roundTrip(path, type, { name: 'Web form' }, { name: 'Website form' });
    await w.api.owner.post(`/v2/${path}`, { name: 'Referral' });
    const dup = await w.api.owner.post(`/v2/${path}`, { name: 'referral' });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().errors[0].error).toMatchObject({ code: 'taken', field: '/data/name' });
    expect((await w.api.rep.post(`/v2/${path}`, { name: 'Mine' })).statusCode).toBe(403);
    expect((await w.api.rep.get(`/v2/${path}?name=Referral`)).json().items.map((i: any) => i.data.name)).toEqual(['Referral']);
  });

  it('lead_unqualified_reasons is read-only', async () => {
    expect((await w.api.owner.get('/v2/lead_unqualified_reasons')).statusCode).toBe(200);
    expect((await w.api.owner.post('/v2/lead_unqualified_reasons', { name: 'x' })).statusCode).toBe(405);
  });

  it('a lead may only use a lead source of its account', async () => {
    const source = (await w.api.owner.post('/v2/lead_sources', { name: 'Chat' })).json().data;
    const deal = (await w.api.owner.post('/v2/deal_sources', { name: 'Partner' })).json().data;
    expect((await w.api.rep.post('/v2/leads', { last_name: 'A', source_id: source.id })).json().data.source_id).toBe(source.id);
    expect((await w.api.rep.post('/v2/leads', { last_name: 'B', source_id: deal.id })).statusCode).toBe(422);
  });
});

describe('users and account', () => {
  it('users/self, users and accounts/self; unknown parameters are refused', async () => {
    const self = (await w.api.rep.get('/v2/users/self')).json();
    expect(self).toMatchObject({ meta: { type: 'user' }, data: { id: w.users.rep.id, role: 'user', status: 'active', reports_to: w.users.manager.id } });
    const bad = await w.api.rep.get('/v2/users/self?unknown=param');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toHaveLength(1);
    expect(bad.json().errors[0].error.code).toBe('invalid_param');
    const users = (await w.api.rep.get('/v2/users?sort_by=id')).json().items.map((i: any) => i.data.email);
    expect(users).not.toContain('aiko@acme.test'); // no Sell seat
    expect(users).toContain('owner@acme.test');
    expect((await w.api.rep.get('/v2/users?role=admin')).json().items.map((i: any) => i.data.email)).toEqual(['owner@acme.test']);
    expect((await w.api.rep.get(`/v2/users/${w.users.agent.id}`)).statusCode).toBe(404);
    expect((await w.api.rep.get('/v2/accounts/self')).json()).toMatchObject({ meta: { type: 'account' }, data: { id: w.account.id, currency: 'USD' } });
  });

  it('the profile scope is needed for users', async () => {
    const readOnly = await w.client(w.users.rep.id, ['read']);
    expect((await readOnly.get('/v2/users/self')).json().errors[0].error.code).toBe('insufficient_scope');
  });

  it('lists lead statuses with the default marked', async () => {
    const statuses = (await w.api.rep.get('/v2/lead_statuses')).json().items.map((i: any) => [i.data.name, i.data.default]);
    expect(statuses).toEqual([
      ['New', true],
      ['Working', false],
      ['Unqualified', false],
    ]);
  });
});

describe('notes, tasks and tags', () => {
  it('notes: full cycle on a visible lead; hidden with their lead (A-3)', async () => {
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'Noted' })).json().data;
    await roundTrip('notes', 'note', { content: 'Called, wants a demo', resource_type: 'lead', resource_id: lead.id }, { content: 'Demo booked' }, w.api.rep);
    const note = (await w.api.rep.post('/v2/notes', { content: 'Private', resource_type: 'lead', resource_id: lead.id })).json().data;
    expect((await w.api.outsider.get(`/v2/notes/${note.id}`)).statusCode).toBe(404);
    expect((await w.api.outsider.get('/v2/notes')).json().items).toEqual([]);
    expect((await w.api.manager.get(`/v2/notes?resource_type=lead&resource_id=${lead.id}`)).json().items).toHaveLength(1);
    const onHidden = await w.api.outsider.post('/v2/notes', { content: 'x', resource_type: 'lead', resource_id: lead.id });
    expect(onHidden.statusCode).toBe(422);
    expect(onHidden.json().errors[0].error.field).toBe('/data/resource_id');
    expect((await w.api.rep.get('/v2/notes?q=PRIV')).json().items.map((i: any) => i.data.content)).toEqual(['Private']);
  });

  it('tasks: full cycle, completion, floating tasks, derived filters and a bad resource_type', async () => {
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'Tasked' })).json().data;
    await roundTrip('tasks', 'task', { content: 'Call back', resource_type: 'lead', resource_id: lead.id, due_date: '2020-01-01T10:00:00+02:00' }, { completed: true }, w.api.rep);
    const overdue = (await w.api.rep.post('/v2/tasks', { content: 'Late', due_date: '2020-01-01T08:00:00Z' })).json().data;
    expect(overdue).toMatchObject({ overdue: true, resource_type: null, owner_id: w.users.rep.id, due_date: '2020-01-01T08:00:00Z' });
    const done = (await w.api.rep.put(`/v2/tasks/${overdue.id}`, { completed: 'True' })).json().data;
    expect(done).toMatchObject({ completed: true, overdue: false });
    expect(done.completed_at).toMatch(/Z$/);
    await w.api.rep.post('/v2/tasks', { content: 'Someday' });
    expect((await w.api.rep.get('/v2/tasks?completed=false')).json().items.map((i: any) => i.data.content)).toEqual(['Someday']);
    expect((await w.api.rep.get('/v2/tasks?type=floating&completed=TRUE')).json().items.map((i: any) => i.data.content)).toEqual(['Late']);
    expect((await w.api.outsider.get('/v2/tasks')).json().items).toEqual([]);
    const bad = await w.api.rep.post('/v2/tasks', { content: 'x', resource_type: 'planet', resource_id: 1 });
    expect(bad.json().errors[0].error).toMatchObject({ code: 'incorrect_value', field: '/data/resource_type' });
  });

  it('tags: full cycle; a renamed tag is renamed on its records', async () => {
    await roundTrip('tags', 'tag', { name: 'priority', resource_type: 'lead' }, { name: 'top-priority' }, w.api.rep);
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'Tagged', tags: ['warm'] })).json().data;
    const tag = (await w.api.rep.get('/v2/tags?name=warm')).json().items[0].data;
    await w.api.rep.put(`/v2/tags/${tag.id}`, { name: 'hot' });
    expect((await w.api.rep.get(`/v2/leads/${lead.id}`)).json().data.tags).toEqual(['hot']);
    expect((await w.api.rep.post('/v2/tags', { name: 'HOT', resource_type: 'lead' })).statusCode).toBe(422);
  });
});

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

const statusNames = async () => (await w.api.rep.get('/v2/lead_statuses')).json().items.map((i: any) => `${i.data.name}${i.data.default ? '*' : ''}`);

describe('lead statuses (A-1)', () => {
  it('admins add, rename, reorder, re-default and delete; leads follow a rename', async () => {
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'L', status: 'Working' })).json().data;
    const qualified = (await w.api.owner.post('/v2/lead_statuses', { name: 'Qualified' })).json().data;
    expect(await statusNames()).toEqual(['New*', 'Working', 'Unqualified', 'Qualified']);
    const working = (await w.api.rep.get('/v2/lead_statuses')).json().items[1].data;
    await w.api.owner.put(`/v2/lead_statuses/${working.id}`, { name: 'In progress' });
    expect((await w.api.rep.get(`/v2/leads/${lead.id}`)).json().data.status).toBe('In progress');
    const ids = (await w.api.rep.get('/v2/lead_statuses')).json().items.map((i: any) => i.data.id);
    const reordered = await w.api.owner.put('/v2/lead_statuses/order', { ids: [ids[3], ids[0], ids[1], ids[2]] });
    expect(reordered.json().items.map((i: any) => i.data.name)).toEqual(['Qualified', 'New', 'In progress', 'Unqualified']);
    await w.api.owner.put(`/v2/lead_statuses/${qualified.id}`, { default: true });
    expect(await statusNames()).toEqual(['Qualified*', 'New', 'In progress', 'Unqualified']);
    expect((await w.api.rep.post('/v2/leads', { last_name: 'Defaulted' })).json().data.status).toBe('Qualified');
    expect((await w.api.owner.delete(`/v2/lead_statuses/${qualified.id}`)).json().errors[0].error.code).toBe('default_status');
    expect((await w.api.owner.delete(`/v2/lead_statuses/${ids[2]}`)).statusCode).toBe(204);
    expect(await statusNames()).toEqual(['Qualified*', 'New', 'In progress']);
  });

  it('refuses duplicates, partial orders and non-admins', async () => {
    expect((await w.api.owner.post('/v2/lead_statuses', { name: 'new' })).json().errors[0].error.code).toBe('taken');
    expect((await w.api.owner.put('/v2/lead_statuses/order', { ids: [1] })).statusCode).toBe(422);
    expect((await w.api.rep.post('/v2/lead_statuses', { name: 'Mine' })).statusCode).toBe(403);
  });
});

describe('custom fields', () => {
  it('admins define fields by type; choices keep their ids across edits; values go when the field goes', async () => {
    const field = (await w.api.owner.post('/v2/lead/custom_fields', { name: 'Tier', type: 'list', choices: ['Gold', 'Silver'] })).json().data;
    expect(field.choices).toEqual([{ id: 1, name: 'Gold' }, { id: 2, name: 'Silver' }]);
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'T', custom_fields: { Tier: 'Silver' } })).json().data;
    const edited = (await w.api.owner.put(`/v2/lead/custom_fields/${field.id}`, { choices: ['Platinum', 'Silver'] })).json().data;
    expect(edited.choices).toEqual([{ id: 3, name: 'Platinum' }, { id: 2, name: 'Silver' }]);
    expect((await w.api.owner.put(`/v2/lead/custom_fields/${field.id}`, { type: 'number' })).statusCode).toBe(422);
    expect((await w.api.owner.post('/v2/lead/custom_fields', { name: 'Empty', type: 'list', choices: [] })).statusCode).toBe(422);
    expect((await w.api.owner.post('/v2/lead/custom_fields', { name: 'tier', type: 'string' })).json().errors[0].error.code).toBe('taken');
    expect((await w.api.rep.post('/v2/lead/custom_fields', { name: 'Mine', type: 'string' })).statusCode).toBe(403);
    // The same name may exist on another record type.
    expect((await w.api.owner.post('/v2/contact/custom_fields', { name: 'Tier', type: 'string' })).statusCode).toBe(200);
    expect((await w.api.owner.delete(`/v2/lead/custom_fields/${field.id}`)).statusCode).toBe(204);
    expect((await w.api.rep.get(`/v2/leads/${lead.id}`)).json().data.custom_fields).toEqual({});
  });
});

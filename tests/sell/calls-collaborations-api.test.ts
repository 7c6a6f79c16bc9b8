import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const firstError = (res: { json(): any }) => res.json().errors[0].error;
const ids = (res: { json(): any }) => res.json().items.map((i: any) => i.data.id);

async function outcomes(api: SellApiClient): Promise<Record<string, number>> {
  const res = await api.get('/v2/call_outcomes');
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries(res.json().items.map((i: any) => [i.data.name, i.data.id]));
}

describe('/v2/call_outcomes', () => {
  it('seeds the usual outcomes once per account', async () => {
    const first = (await w.api.rep.get('/v2/call_outcomes')).json();
    expect(first.meta).toMatchObject({ type: 'collection', count: 5 });
    expect(first.items[0]).toMatchObject({ meta: { type: 'call_outcome' }, data: { name: 'Interested', creator_id: null } });
    expect(first.items.map((i: any) => i.data.name)).toEqual(['Interested', 'Not interested', 'Left voicemail', 'No answer', 'Wrong number']);
    expect((await w.api.manager.get('/v2/call_outcomes')).json().items).toEqual(first.items);
    expect((await w.api.rep.get('/v2/call_outcomes?sort_by=name:desc&per_page=1')).json().items[0].data.name).toBe('Wrong number');
    expect(firstError(await w.api.rep.get('/v2/call_outcomes?name=x')).code).toBe('invalid_param');

    const other = await makeSellWorld(t, 'other');
    const theirs = (await other.api.owner.get('/v2/call_outcomes')).json().items.map((i: any) => i.data.id);
    expect(theirs).toHaveLength(5);
    expect(theirs.some((id: number) => first.items.some((i: any) => i.data.id === id))).toBe(false);
  });
});

describe('/v2/calls', () => {
  it('creates, lists, retrieves, updates with its own response and destroys a call', async () => {
    const lead = await post(w.api.rep, '/v2/leads', { last_name: 'Caller' });
    const deal = await post(w.api.rep, '/v2/deals', { name: 'Call deal' });
    const outcome = await outcomes(w.api.rep);
    const created = await w.api.rep.post('/v2/calls', {
      phone_number: '+44 20 7946 0000',
      summary: 'Wants a demo',
      duration: 95,
      incoming: 'True',
      resource_type: 'lead',
      resource_id: lead.id,
      associated_deal_ids: [deal.id, deal.id],
      outcome_id: outcome.Interested,
      made_at: '2024-05-01T11:30:00+02:00',
      recording_url: 'https://calls.example.com/1.mp3',
      external_id: 'ext-1',
    });
    expect(created.statusCode, created.body).toBe(200);
    const call = created.json();
    expect(call).toMatchObject({
      meta: { type: 'call' },
      data: {
        user_id: w.users.rep.id,
        phone_number: '+44 20 7946 0000',
        summary: 'Wants a demo',
        duration: 95,
        incoming: true,
        missed: false,
        resource_type: 'lead',
        resource_id: lead.id,
        associated_deal_ids: [deal.id],
        outcome_id: outcome.Interested,
        made_at: '2024-05-01T09:30:00Z',
        recording_url: 'https://calls.example.com/1.mp3',
        external_id: 'ext-1',
      },
    });
    const id = call.data.id;
    expect((await w.api.rep.get('/v2/calls')).json().items).toEqual([{ data: call.data, meta: { type: 'call' } }]);
    expect((await w.api.rep.get(`/v2/calls/${id}`)).json().data).toEqual(call.data);

    const echoed = await w.api.rep.put(`/v2/calls/${id}`, { ...call.data, missed: true, outcome_id: outcome['No answer'] });
    expect(echoed.statusCode, echoed.body).toBe(200);
    expect(echoed.json().data).toMatchObject({ ...call.data, missed: true, outcome_id: outcome['No answer'], updated_at: expect.any(String) });
    const cleared = (await w.api.rep.put(`/v2/calls/${id}`, { associated_deal_ids: null, summary: '', resource_type: null, resource_id: null })).json().data;
    expect(cleared).toMatchObject({ associated_deal_ids: [], summary: null, resource_type: null, resource_id: null, duration: 95 });

    const destroyed = await w.api.rep.delete(`/v2/calls/${id}`);
    expect(destroyed.statusCode).toBe(204);
    expect(destroyed.body).toBe('');
    expect((await w.api.rep.get(`/v2/calls/${id}`)).statusCode).toBe(404);
    expect((await w.api.rep.get(`/v2/deals/${deal.id}`)).statusCode).toBe(200);
  });

  it('refuses bad values with 422 naming the field', async () => {
    const lead = await post(w.api.rep, '/v2/leads', { last_name: 'Caller' });
    const hiddenLead = await post(w.api.outsider, '/v2/leads', { last_name: 'Hidden' });
    const hiddenDeal = await post(w.api.outsider, '/v2/deals', { name: 'Hidden deal' });
    const base = { phone_number: '555-0100' };
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ summary: 'no number' }, '/data/phone_number', 'blank'],
      [{ ...base, resource_type: 'deal', resource_id: 1 }, '/data/resource_type', 'incorrect_value'],
      [{ ...base, resource_type: 'lead' }, '/data/resource_id'],
      [{ ...base, resource_type: 'lead', resource_id: hiddenLead.id }, '/data/resource_id'],
      [{ ...base, associated_deal_ids: [hiddenDeal.id] }, '/data/associated_deal_ids'],
      [{ ...base, outcome_id: 999999 }, '/data/outcome_id'],
      [{ ...base, user_id: w.users.agent.id }, '/data/user_id'],
      [{ ...base, duration: -1 }, '/data/duration', 'incorrect_value'],
      [{ ...base, made_at: 'yesterday' }, '/data/made_at', 'incorrect_value'],
      [{ ...base, recording_url: 'ftp://x' }, '/data/recording_url'],
      [{ ...base, colour: 'red' }, '/data/colour', 'unknown'],
    ];
    for (const [data, field, code] of cases) {
      const res = await w.api.rep.post('/v2/calls', data);
      expect(res.statusCode, JSON.stringify(data)).toBe(422);
      expect(firstError(res), JSON.stringify(data)).toMatchObject({ field, resource: 'call', ...(code ? { code } : {}) });
    }
    const call = await post(w.api.rep, '/v2/calls', { ...base, resource_type: 'lead', resource_id: lead.id, user_id: w.users.rep2.id });
    expect(call.user_id).toBe(w.users.rep2.id);
    expect(firstError(await w.api.rep.put(`/v2/calls/${call.id}`, { phone_number: null })).field).toBe('/data/phone_number');
  });

  it('shows a call with its lead or contact, and a call on no record with its user (A-3)', async () => {
    const lead = await post(w.api.rep, '/v2/leads', { last_name: 'Caller' });
    const contact = await post(w.api.rep2, '/v2/contacts', { last_name: 'Other' });
    const onLead = await post(w.api.rep, '/v2/calls', { phone_number: '1', resource_type: 'lead', resource_id: lead.id });
    const onContact = await post(w.api.rep2, '/v2/calls', { phone_number: '2', resource_type: 'contact', resource_id: contact.id });
    const floating = await post(w.api.rep, '/v2/calls', { phone_number: '3' });

    expect(ids(await w.api.rep.get('/v2/calls'))).toEqual([onLead.id, floating.id]);
    expect(ids(await w.api.manager.get('/v2/calls'))).toEqual([onLead.id, onContact.id, floating.id]);
    expect(ids(await w.api.owner.get('/v2/calls'))).toEqual([onLead.id, onContact.id, floating.id]);
    expect(ids(await w.api.outsider.get('/v2/calls'))).toEqual([]);
    expect(ids(await w.api.manager.get(`/v2/calls?resource_type=contact&resource_id=${contact.id}`))).toEqual([onContact.id]);
    expect(ids(await w.api.manager.get('/v2/calls?resource_type=lead'))).toEqual([onLead.id]);
    expect(ids(await w.api.manager.get(`/v2/calls?ids=${floating.id}`))).toEqual([floating.id]);
    expect(ids(await w.api.manager.get('/v2/calls?sort_by=id:desc'))).toEqual([floating.id, onContact.id, onLead.id]);
    for (const query of ['resource_type=planet', 'unknown=param', 'per_page=0', 'sort_by=phone_number']) {
      const bad = await w.api.rep.get(`/v2/calls?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(firstError(bad).code).toBe('invalid_param');
    }

    for (const id of [onContact.id]) {
      expect((await w.api.rep.get(`/v2/calls/${id}`)).statusCode).toBe(404);
      expect((await w.api.rep.put(`/v2/calls/${id}`, { summary: 'x' })).statusCode).toBe(404);
      expect((await w.api.rep.delete(`/v2/calls/${id}`)).statusCode).toBe(404);
    }
    for (const id of [onLead.id, floating.id]) expect((await w.api.outsider.get(`/v2/calls/${id}`)).statusCode).toBe(404);
    expect((await w.api.manager.put(`/v2/calls/${floating.id}`, { summary: 'Seen by the manager' })).statusCode).toBe(200);

    const other = await makeSellWorld(t, 'other');
    expect(ids(await other.api.owner.get('/v2/calls'))).toEqual([]);
    expect((await other.api.owner.get(`/v2/calls/${onLead.id}`)).statusCode).toBe(404);
    expect((await other.api.owner.delete(`/v2/calls/${floating.id}`)).statusCode).toBe(404);
    expect((await other.api.owner.post('/v2/calls', { phone_number: '4', resource_type: 'lead', resource_id: lead.id })).statusCode).toBe(422);
  });
});

describe('/v2/collaborations', () => {
  it('creates, lists, retrieves and destroys a collaboration; never updated', async () => {
    const deal = await post(w.api.rep, '/v2/deals', { name: 'Shared deal' });
    const created = await w.api.rep.request('POST', '/v2/collaborations', {
      data: { resource_type: 'deal', resource_id: deal.id, collaborator_id: w.users.rep2.id },
      meta: { type: 'collaboration' },
    });
    expect(created.statusCode, created.body).toBe(200);
    const collaboration = created.json();
    expect(collaboration).toMatchObject({
      meta: { type: 'collaboration' },
      data: { resource_type: 'deal', resource_id: deal.id, collaborator_id: w.users.rep2.id, creator_id: w.users.rep.id },
    });
    const id = collaboration.data.id;
    expect((await w.api.rep.get('/v2/collaborations')).json().items).toEqual([{ data: collaboration.data, meta: { type: 'collaboration' } }]);
    expect((await w.api.rep.get(`/v2/collaborations/${id}`)).json().data).toEqual(collaboration.data);
    expect((await w.api.rep.put(`/v2/collaborations/${id}`, collaboration.data)).statusCode).toBe(405);

    const destroyed = await w.api.rep.delete(`/v2/collaborations/${id}`);
    expect(destroyed.statusCode).toBe(204);
    expect(destroyed.body).toBe('');
    expect((await w.api.rep.get(`/v2/collaborations/${id}`)).statusCode).toBe(404);
  });

  it('refuses bad values with 422 naming the field, and a second collaboration of the same user', async () => {
    const lead = await post(w.api.rep, '/v2/leads', { last_name: 'Shared' });
    const hidden = await post(w.api.outsider, '/v2/leads', { last_name: 'Hidden' });
    const base = { resource_type: 'lead', resource_id: lead.id };
    const cases: [Record<string, unknown>, string, string?][] = [
      [{ ...base }, '/data/collaborator_id', 'blank'],
      [{ resource_id: lead.id, collaborator_id: w.users.rep2.id }, '/data/resource_type', 'blank'],
      [{ ...base, resource_type: 'planet', collaborator_id: w.users.rep2.id }, '/data/resource_type', 'incorrect_value'],
      [{ ...base, resource_id: hidden.id, collaborator_id: w.users.rep2.id }, '/data/resource_id'],
      [{ ...base, collaborator_id: w.users.agent.id }, '/data/collaborator_id'],
      [{ ...base, collaborator_id: 999999 }, '/data/collaborator_id'],
    ];
    for (const [data, field, code] of cases) {
      const res = await w.api.rep.post('/v2/collaborations', data);
      expect(res.statusCode, JSON.stringify(data)).toBe(422);
      expect(firstError(res), JSON.stringify(data)).toMatchObject({ field, resource: 'collaboration', ...(code ? { code } : {}) });
    }
    await post(w.api.rep, '/v2/collaborations', { ...base, collaborator_id: w.users.outsider.id });
    const twice = await w.api.manager.post('/v2/collaborations', { ...base, collaborator_id: w.users.outsider.id });
    expect(firstError(twice)).toMatchObject({ code: 'taken', field: '/data/collaborator_id' });
  });

  it('shows a collaboration only with its record (A-3), filters, and keeps accounts apart', async () => {
    const lead = await post(w.api.rep, '/v2/leads', { last_name: 'Shared' });
    const contact = await post(w.api.rep2, '/v2/contacts', { last_name: 'Theirs' });
    const onLead = await post(w.api.rep, '/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: w.users.manager.id });
    const onContact = await post(w.api.rep2, '/v2/collaborations', { resource_type: 'contact', resource_id: contact.id, collaborator_id: w.users.owner.id });

    expect(ids(await w.api.rep.get('/v2/collaborations'))).toEqual([onLead.id]);
    expect(ids(await w.api.manager.get('/v2/collaborations'))).toEqual([onLead.id, onContact.id]);
    expect(ids(await w.api.outsider.get('/v2/collaborations'))).toEqual([]);
    expect(ids(await w.api.manager.get(`/v2/collaborations?creator_id=${w.users.rep2.id}`))).toEqual([onContact.id]);
    expect(ids(await w.api.manager.get(`/v2/collaborations?resource_type=lead&resource_id=${lead.id}`))).toEqual([onLead.id]);
    expect(ids(await w.api.manager.get('/v2/collaborations?sort_by=id:desc'))).toEqual([onContact.id, onLead.id]);
    for (const query of ['resource_type=planet', 'collaborator=1', 'creator_id=abc']) {
      const bad = await w.api.manager.get(`/v2/collaborations?${query}`);
      expect(bad.statusCode, query).toBe(400);
      expect(firstError(bad).code).toBe('invalid_param');
    }

    expect((await w.api.rep.get(`/v2/collaborations/${onContact.id}`)).statusCode).toBe(404);
    expect((await w.api.rep.delete(`/v2/collaborations/${onContact.id}`)).statusCode).toBe(404);
    expect((await w.api.outsider.get(`/v2/collaborations/${onLead.id}`)).statusCode).toBe(404);

    const other = await makeSellWorld(t, 'other');
    expect(ids(await other.api.owner.get('/v2/collaborations'))).toEqual([]);
    expect((await other.api.owner.get(`/v2/collaborations/${onLead.id}`)).statusCode).toBe(404);
    expect((await other.api.owner.delete(`/v2/collaborations/${onLead.id}`)).statusCode).toBe(404);
    const foreign = await other.api.owner.post('/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: other.users.rep.id });
    expect(firstError(foreign).field).toBe('/data/resource_id');
    const foreignUser = await w.api.owner.post('/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: other.users.rep.id });
    expect(firstError(foreignUser).field).toBe('/data/collaborator_id');
  });
});

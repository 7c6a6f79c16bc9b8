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

async function post(api: SellApiClient, path: string, data: Record<string, unknown>) {
  const res = await api.post(path, data);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

const firstError = (res: { json(): any }) => res.json().errors[0].error;
const ids = (res: { json(): any }) => res.json().items.map((i: any) => i.data.id);

async function expectInvalidParam(api: SellApiClient, url: string) {
  const res = await api.get(url);
  expect(res.statusCode, url).toBe(400);
  expect(res.json().errors, url).toHaveLength(1);
  expect(firstError(res).code, url).toBe('invalid_param');
  expect(res.json().meta.logref).toBe(res.headers['x-request-id']);
}

/** The API cannot make these yet: rows go straight into the database, as an integration would write them. */
function insertTextMessage(resourceType: 'lead' | 'contact', resourceId: number, content: string, accountId = w.account.id) {
  const now = nowIso();
  return sellDb(t.db)
    .insertInto('sell_text_messages')
    .values({
      account_id: accountId,
      user_id: w.users.rep.id,
      resource_type: resourceType,
      resource_id: resourceId,
      resource_phone_number: '+15550100',
      user_phone_number: '+15550199',
      content,
      incoming: 1,
      sent_at: '2024-05-01T09:30:00.000Z',
      associated_deal_ids: '[7]',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

describe('/v2/text_messages', () => {
  it('answers an empty list with the collection envelope', async () => {
    const res = await w.api.rep.get('/v2/text_messages');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const body = res.json();
    expect(body.items).toEqual([]);
    expect(body.meta).toMatchObject({ type: 'collection', count: 0 });
    expect(body.meta.links.self).toContain('/v2/text_messages?page=1&per_page=25');
    expect(body.meta.links.next_page).toBeUndefined();
    expect((await w.api.rep.get('/v2/text_messages/1')).statusCode).toBe(404);
    expect((await w.api.rep.post('/v2/text_messages', { content: 'x' })).statusCode).toBe(405);
  });

  it('lists, newest first, what the actor may see; retrieves one; filters by resource only with both parts', async () => {
    const lead = await post(w.api.rep, '/v2/leads', { last_name: 'Texted' });
    const contact = await post(w.api.outsider, '/v2/contacts', { last_name: 'Elsewhere' });
    const first = await insertTextMessage('lead', lead.id, 'Hello');
    const second = await insertTextMessage('lead', lead.id, 'Still there?');
    const hidden = await insertTextMessage('contact', contact.id, 'Not for the rep');

    expect(ids(await w.api.rep.get('/v2/text_messages'))).toEqual([second.id, first.id]);
    expect(ids(await w.api.manager.get('/v2/text_messages'))).toEqual([second.id, first.id]);
    expect(ids(await w.api.owner.get('/v2/text_messages'))).toEqual([hidden.id, second.id, first.id]);
    expect(ids(await w.api.owner.get('/v2/text_messages?sort_by=id:asc&per_page=1'))).toEqual([first.id]);
    expect(ids(await w.api.owner.get(`/v2/text_messages?resource_type=lead&resource_id=${lead.id}`))).toEqual([second.id, first.id]);
    expect(ids(await w.api.owner.get(`/v2/text_messages?ids=${first.id},${hidden.id}`))).toEqual([hidden.id, first.id]);

    const one = (await w.api.rep.get(`/v2/text_messages/${first.id}`)).json();
    expect(one).toEqual({
      meta: { type: 'text_message' },
      data: {
        id: first.id,
        content: 'Hello',
        incoming: true,
        sent_at: '2024-05-01T09:30:00Z',
        resource_type: 'lead',
        resource_id: lead.id,
        resource_phone_number: '+15550100',
        user_id: w.users.rep.id,
        user_phone_number: '+15550199',
        associated_deal_ids: [7],
        created_at: expect.stringMatching(/Z$/),
        updated_at: expect.stringMatching(/Z$/),
      },
    });
    expect((await w.api.rep.get(`/v2/text_messages/${hidden.id}`)).statusCode).toBe(404);
    expect((await w.api.outsider.get(`/v2/text_messages/${first.id}`)).statusCode).toBe(404);

    await expectInvalidParam(w.api.rep, '/v2/text_messages?resource_type=lead');
    await expectInvalidParam(w.api.rep, `/v2/text_messages?resource_id=${lead.id}`);
    await expectInvalidParam(w.api.rep, `/v2/text_messages?resource_type=deal&resource_id=${lead.id}`);
    await expectInvalidParam(w.api.rep, '/v2/text_messages?unknown=param');
    await expectInvalidParam(w.api.rep, '/v2/text_messages?incoming=true');
    await expectInvalidParam(w.api.rep, `/v2/text_messages/${first.id}?unknown=param`);

    const other = await makeSellWorld(t, 'other');
    expect(ids(await other.api.owner.get('/v2/text_messages'))).toEqual([]);
    expect((await other.api.owner.get(`/v2/text_messages/${first.id}`)).statusCode).toBe(404);
  });
});

describe('/v2/visits and /v2/visit_outcomes', () => {
  it('answers empty lists with the collection envelope and refuses unknown parameters', async () => {
    for (const path of ['/v2/visits', '/v2/visit_outcomes']) {
      const res = await w.api.rep.get(path);
      expect(res.statusCode, path).toBe(200);
      expect(res.json()).toMatchObject({ items: [], meta: { type: 'collection', count: 0 } });
      await expectInvalidParam(w.api.rep, `${path}?unknown=param`);
      await expectInvalidParam(w.api.rep, `${path}?per_page=101`);
    }
    await expectInvalidParam(w.api.rep, '/v2/visits?resource_id=1');
    await expectInvalidParam(w.api.rep, '/v2/visits?outcome_id=abc');
    await expectInvalidParam(w.api.rep, '/v2/visit_outcomes?name=x');
    expect((await w.api.agent.get('/v2/visits')).statusCode).toBe(403);
  });

  it('lists visits the actor may see, with their filters, and the account’s visit outcomes', async () => {
    const db = sellDb(t.db);
    const now = nowIso();
    const lead = await post(w.api.rep, '/v2/leads', { last_name: 'Visited' });
    const contact = await post(w.api.outsider, '/v2/contacts', { last_name: 'Elsewhere' });
    const outcome = await db
      .insertInto('sell_visit_outcomes')
      .values({ account_id: w.account.id, name: 'Met the buyer', created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    const visit = (resourceType: 'lead' | 'contact', resourceId: number, extra: Record<string, unknown>) =>
      db
        .insertInto('sell_visits')
        .values({
          account_id: w.account.id,
          creator_id: w.users.rep.id,
          outcome_id: null,
          resource_type: resourceType,
          resource_id: resourceId,
          resource_address: '1 Main St',
          rep_location_verification_status: 'NOT_VERIFIED',
          summary: null,
          visited_at: '2024-05-02T10:00:00.000Z',
          created_at: now,
          updated_at: now,
          ...extra,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const met = await visit('lead', lead.id, { outcome_id: outcome.id, rep_location_verification_status: 'VERIFIED', summary: 'Good talk' });
    const plain = await visit('lead', lead.id, {});
    const hidden = await visit('contact', contact.id, { creator_id: w.users.outsider.id });

    expect(ids(await w.api.rep.get('/v2/visits'))).toEqual([met.id, plain.id]);
    expect(ids(await w.api.outsider.get('/v2/visits'))).toEqual([hidden.id]);
    expect(ids(await w.api.owner.get(`/v2/visits?outcome_id=${outcome.id}`))).toEqual([met.id]);
    expect(ids(await w.api.owner.get(`/v2/visits?creator_id=${w.users.outsider.id}`))).toEqual([hidden.id]);
    expect(ids(await w.api.owner.get('/v2/visits?rep_location_verification_status=VERIFIED'))).toEqual([met.id]);
    expect(ids(await w.api.owner.get(`/v2/visits?resource_type=contact&resource_id=${contact.id}`))).toEqual([hidden.id]);
    expect(ids(await w.api.owner.get('/v2/visits?sort_by=id:desc'))).toEqual([hidden.id, plain.id, met.id]);
    const item = (await w.api.rep.get(`/v2/visits?ids=${met.id}`)).json().items[0];
    expect(item).toEqual({
      meta: { type: 'visit' },
      data: {
        id: met.id,
        creator_id: w.users.rep.id,
        outcome_id: outcome.id,
        resource_type: 'lead',
        resource_id: lead.id,
        resource_address: '1 Main St',
        rep_location_verification_status: 'VERIFIED',
        summary: 'Good talk',
        visited_at: '2024-05-02T10:00:00Z',
        created_at: expect.stringMatching(/Z$/),
        updated_at: expect.stringMatching(/Z$/),
      },
    });

    const outcomes = (await w.api.rep.get('/v2/visit_outcomes')).json();
    expect(outcomes.items).toEqual([{ meta: { type: 'visit_outcome' }, data: { id: outcome.id, name: 'Met the buyer', created_at: expect.any(String), updated_at: expect.any(String) } }]);

    const other = await makeSellWorld(t, 'other');
    expect(ids(await other.api.owner.get('/v2/visits'))).toEqual([]);
    expect(ids(await other.api.owner.get('/v2/visit_outcomes'))).toEqual([]);
  });
});

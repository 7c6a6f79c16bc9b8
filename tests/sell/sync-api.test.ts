import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { makeSellWorld, type SellApiClient, type SellWorld } from '../support/sell-api.ts';

let t: TestApp;
let w: SellWorld;
beforeEach(async () => {
  t = await startTestApp();
  w = await makeSellWorld(t);
});
afterEach(() => t.close());

const DEVICE = { 'x-basecrm-device-uuid': '7f1c9a2e-0000-4000-8000-000000000001' };

/** The Python client's high-level loop: start, fetch until empty, ack what was handled. */
async function syncOnce(api: SellApiClient, ack = true) {
  const start = await api.request('POST', '/v2/sync/start', undefined, DEVICE);
  if (start.statusCode === 204) return null;
  expect(start.statusCode).toBe(201);
  const session = start.json();
  expect(session.meta.type).toBe('sync_session');
  const queue = session.data.queues[0];
  expect(queue).toMatchObject({ data: { name: 'main', pages: expect.any(Number), total_count: expect.any(Number) }, meta: { type: 'sync_queue' } });
  const seen: { type: string; event: string; data: any }[] = [];
  for (;;) {
    const page = await api.request('GET', `/v2/sync/${session.data.id}/queues/main`, undefined, DEVICE);
    if (page.statusCode === 204) break;
    expect(page.statusCode).toBe(200);
    const keys: string[] = [];
    for (const item of page.json().items) {
      seen.push({ type: item.meta.type, event: item.meta.sync.event_type, data: item.data });
      expect(Number.isInteger(item.meta.sync.revision)).toBe(true);
      keys.push(item.meta.sync.ack_key);
    }
    if (ack) {
      const acked = await api.request('POST', '/v2/sync/ack', { data: { ack_keys: keys } }, DEVICE);
      expect(acked.statusCode).toBe(202);
      expect(acked.body).toBe('');
    }
  }
  return seen;
}

describe('Sync API', () => {
  it('hands out what changed since the last acknowledged sync, per device', async () => {
    const a = (await w.api.rep.post('/v2/leads', { last_name: 'First' })).json().data;
    const b = (await w.api.rep.post('/v2/leads', { last_name: 'Second' })).json().data;
    await w.api.outsider.post('/v2/leads', { last_name: 'Not mine' });
    await t.app.events.drain();

    const first = await syncOnce(w.api.rep);
    expect(first?.map((s) => [s.type, s.event, s.data.last_name])).toEqual([
      ['lead', 'created', 'First'],
      ['lead', 'created', 'Second'],
    ]);
    expect(await syncOnce(w.api.rep)).toBeNull();

    await w.api.rep.put(`/v2/leads/${a.id}`, { title: 'Changed' });
    await w.api.rep.delete(`/v2/leads/${b.id}`);
    await t.app.events.drain();
    const second = await syncOnce(w.api.rep);
    expect(second?.map((s) => [s.event, s.data])).toEqual([
      ['updated', expect.objectContaining({ id: a.id, title: 'Changed' })],
      ['deleted', { id: b.id }],
    ]);
    expect(await syncOnce(w.api.rep)).toBeNull();
  });

  it('hands a collaborator the records they collaborate on (A-3)', async () => {
    const lead = (await w.api.rep2.post('/v2/leads', { last_name: 'Shared' })).json().data;
    await t.app.events.drain();
    expect(await syncOnce(w.api.outsider)).toBeNull();
    const shared = await w.api.rep2.post('/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: w.users.outsider.id });
    expect(shared.statusCode, shared.body).toBe(200);
    expect((await syncOnce(w.api.outsider))?.map((s) => [s.type, s.event, s.data.id])).toEqual([['lead', 'created', lead.id]]);
  });

  it('sends again whatever was fetched but not acknowledged', async () => {
    await w.api.rep.post('/v2/leads', { last_name: 'Unacked' });
    await t.app.events.drain();
    expect(await syncOnce(w.api.rep, false)).toHaveLength(1);
    expect(await syncOnce(w.api.rep)).toHaveLength(1);
    expect(await syncOnce(w.api.rep)).toBeNull();
  });

  it('needs the device header and the sync scope', async () => {
    const noDevice = await w.api.rep.request('POST', '/v2/sync/start');
    expect(noDevice.statusCode).toBe(400);
    expect(noDevice.json().errors[0].error.code).toBe('invalid_param');
    const readOnly = await w.client(w.users.rep.id, ['read']);
    expect((await readOnly.request('POST', '/v2/sync/start', undefined, DEVICE)).statusCode).toBe(403);
    const other = await w.api.rep.request('GET', '/v2/sync/not-a-session/queues/main', undefined, DEVICE);
    expect(other.statusCode).toBe(404);
  });
});

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
const OTHER_DEVICE = { 'x-basecrm-device-uuid': '7f1c9a2e-0000-4000-8000-000000000002' };

/** The Python client's high-level loop: start, fetch until empty, ack what was handled. */
async function syncOnce(api: SellApiClient, ack = true, device = DEVICE) {
  const start = await api.request('POST', '/v2/sync/start', undefined, device);
  if (start.statusCode === 204) return null;
  expect(start.statusCode).toBe(201);
  const session = start.json();
  expect(session.meta.type).toBe('sync_session');
  const queue = session.data.queues[0];
  expect(queue).toMatchObject({ data: { name: 'main', pages: expect.any(Number), total_count: expect.any(Number) }, meta: { type: 'sync_queue' } });
  const seen: { type: string; event: string; data: any }[] = [];
  for (;;) {
    const page = await api.request('GET', `/v2/sync/${session.data.id}/queues/main`, undefined, device);
    if (page.statusCode === 204) break;
    expect(page.statusCode).toBe(200);
    const keys: string[] = [];
    for (const item of page.json().items) {
      seen.push({ type: item.meta.type, event: item.meta.sync.event_type, data: item.data });
      expect(Number.isInteger(item.meta.sync.revision)).toBe(true);
      keys.push(item.meta.sync.ack_key);
    }
    if (ack) {
      const acked = await api.request('POST', '/v2/sync/ack', { data: { ack_keys: keys } }, device);
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

  it('tells a device to drop a record once its user no longer sees it because a collaboration was removed', async () => {
    const lead = (await w.api.rep2.post('/v2/leads', { last_name: 'Shared for a while' })).json().data;
    const shared = (await w.api.rep2.post('/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: w.users.outsider.id })).json().data;
    await t.app.events.drain();
    expect((await syncOnce(w.api.outsider))?.map((s) => [s.type, s.event, s.data.id])).toEqual([['lead', 'created', lead.id]]);
    expect((await syncOnce(w.api.rep2))?.map((s) => [s.event, s.data.id])).toEqual([['created', lead.id]]);

    expect((await w.api.rep2.delete(`/v2/collaborations/${shared.id}`)).statusCode).toBe(204);
    expect((await w.api.outsider.get(`/v2/leads/${lead.id}`)).statusCode).toBe(404);
    // A device that never synced the record has nothing to drop.
    expect(await syncOnce(w.api.outsider, true, OTHER_DEVICE)).toBeNull();
    expect(await syncOnce(w.api.outsider)).toEqual([{ type: 'lead', event: 'deleted', data: { id: lead.id } }]);
    expect(await syncOnce(w.api.outsider)).toBeNull();
    // The owner's view did not change: nothing for them.
    expect(await syncOnce(w.api.rep2)).toBeNull();

    // Later changes stay out of sight, and nothing more is said about the record...
    await w.api.rep2.put(`/v2/leads/${lead.id}`, { title: 'Changed out of sight' });
    await t.app.events.drain();
    expect(await syncOnce(w.api.outsider)).toBeNull();
    // ...until it is shared again, when the device gets it whole.
    await w.api.rep2.post('/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: w.users.outsider.id });
    expect((await syncOnce(w.api.outsider))?.map((s) => [s.event, s.data.id, s.data.title])).toEqual([['updated', lead.id, 'Changed out of sight']]);
    expect(await syncOnce(w.api.outsider)).toBeNull();
  });

  it('sends the deletion again until it is acknowledged, and also when a record moves to another team', async () => {
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'Reassigned' })).json().data;
    await t.app.events.drain();
    expect(await syncOnce(w.api.rep)).toHaveLength(1);

    const moved = await w.api.owner.put(`/v2/leads/${lead.id}`, { owner_id: w.users.outsider.id });
    expect(moved.statusCode, moved.body).toBe(200);
    await t.app.events.drain();
    expect(await syncOnce(w.api.rep, false)).toEqual([{ type: 'lead', event: 'deleted', data: { id: lead.id } }]);
    expect(await syncOnce(w.api.rep)).toEqual([{ type: 'lead', event: 'deleted', data: { id: lead.id } }]);
    expect(await syncOnce(w.api.rep)).toBeNull();
    // Their manager sees neither the record nor its deletion: they never synced it.
    expect(await syncOnce(w.api.manager)).toBeNull();
  });

  it('sends a record gone from view between the start and the fetch as deleted', async () => {
    const lead = (await w.api.rep2.post('/v2/leads', { last_name: 'Briefly shared' })).json().data;
    const shared = (await w.api.rep2.post('/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: w.users.outsider.id })).json().data;
    await t.app.events.drain();
    const start = await w.api.outsider.request('POST', '/v2/sync/start', undefined, DEVICE);
    expect(start.statusCode).toBe(201);
    await w.api.rep2.delete(`/v2/collaborations/${shared.id}`);
    const page = await w.api.outsider.request('GET', `/v2/sync/${start.json().data.id}/queues/main`, undefined, DEVICE);
    expect(page.json().items.map((i: any) => [i.meta.sync.event_type, i.data])).toEqual([['deleted', { id: lead.id }]]);
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

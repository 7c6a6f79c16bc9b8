import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeSellWorld, type SellApiClient, type SellWorld } from '../support/sell-api.ts';
import { startTestApp, TestClient, type TestApp } from '../support/test-app.ts';

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

const ids = (res: { json(): any }) => res.json().items.map((i: any) => i.data.id);

/** Ravi's lead, contact and deal (on that contact), with a note on each. */
async function raviRecords() {
  const lead = await post(w.api.rep2, '/v2/leads', { last_name: 'Lovelace' });
  const contact = await post(w.api.rep2, '/v2/contacts', { last_name: 'Babbage' });
  const deal = await post(w.api.rep2, '/v2/deals', { name: 'Engine', contact_id: contact.id });
  const records = [
    { type: 'lead', path: '/v2/leads', record: lead },
    { type: 'contact', path: '/v2/contacts', record: contact },
    { type: 'deal', path: '/v2/deals', record: deal },
  ] as const;
  for (const { type, record } of records) await post(w.api.rep2, '/v2/notes', { content: `About ${type}`, resource_type: type, resource_id: record.id });
  return records;
}

describe('collaborators see the records they collaborate on (A-3)', () => {
  it('in reads, lists, notes and feeds, until the collaboration ends', async () => {
    const records = await raviRecords();
    // Omar is in another team: Ravi's records are nothing to him.
    for (const { path, record } of records) {
      expect((await w.api.outsider.get(`${path}/${record.id}`)).statusCode).toBe(404);
      expect(ids(await w.api.outsider.get(path))).toEqual([]);
    }

    const collaborations = [];
    for (const { type, record } of records) {
      collaborations.push(await post(w.api.rep2, '/v2/collaborations', { resource_type: type, resource_id: record.id, collaborator_id: w.users.outsider.id }));
    }
    await t.app.events.drain();

    for (const { type, path, record } of records) {
      const read = await w.api.outsider.get(`${path}/${record.id}`);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json().data).toMatchObject({ id: record.id, owner_id: w.users.rep2.id });
      expect(ids(await w.api.outsider.get(path))).toEqual([record.id]);
      expect(ids(await w.api.outsider.get(`${path}?ids=${record.id}`))).toEqual([record.id]);
      const feed = await w.api.outsider.get(`${path}/${record.id}/feed`);
      expect(feed.statusCode, feed.body).toBe(200);
      expect(feed.json().items.map((i: any) => i.data.kind)).toEqual(['note', 'created']);
      const notes = (await w.api.outsider.get(`/v2/notes?resource_type=${type}&resource_id=${record.id}`)).json().items;
      expect(notes.map((n: any) => n.data.content)).toEqual([`About ${type}`]);
    }
    expect(ids(await w.api.outsider.get('/v2/collaborations'))).toEqual(collaborations.map((c) => c.id));

    // A collaborator works on the record as a secondary owner: notes, tasks and changes.
    const [lead, contact, deal] = records.map((r) => r.record);
    expect((await w.api.outsider.put(`/v2/leads/${lead.id}`, { title: 'Countess' })).json().data.title).toBe('Countess');
    await post(w.api.outsider, '/v2/tasks', { content: 'Call back', resource_type: 'deal', resource_id: deal.id });
    // … and may point a deal of their own at the contact they collaborate on.
    expect((await post(w.api.outsider, '/v2/deals', { name: 'Follow-up', contact_id: contact.id })).contact_id).toBe(contact.id);

    // Ravi's peer Rita sees none of it: a collaboration opens the record to the collaborator only.
    expect((await w.api.rep.get(`/v2/leads/${lead.id}`)).statusCode).toBe(404);
    expect(ids(await w.api.rep.get('/v2/leads'))).toEqual([]);

    for (const collaboration of collaborations) expect((await w.api.rep2.delete(`/v2/collaborations/${collaboration.id}`)).statusCode).toBe(204);
    for (const { path, record } of records) {
      expect((await w.api.outsider.get(`${path}/${record.id}`)).statusCode).toBe(404);
      expect((await w.api.outsider.get(`${path}/${record.id}/feed`)).statusCode).toBe(404);
    }
    expect(ids(await w.api.outsider.get('/v2/leads'))).toEqual([]);
    expect(ids(await w.api.outsider.get('/v2/notes'))).toEqual([]);
  });

  it("reaches the collaborator's managers too, as an owner's would", async () => {
    const lead = await post(w.api.outsider, '/v2/leads', { last_name: 'Hopper' });
    expect((await w.api.manager.get(`/v2/leads/${lead.id}`)).statusCode).toBe(404);
    await post(w.api.outsider, '/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: w.users.rep.id });
    // Rita collaborates; Maria manages Rita, so she sees it; Ravi, Rita's peer, does not.
    expect((await w.api.rep.get(`/v2/leads/${lead.id}`)).statusCode).toBe(200);
    expect((await w.api.manager.get(`/v2/leads/${lead.id}`)).statusCode).toBe(200);
    expect(ids(await w.api.manager.get('/v2/leads'))).toEqual([lead.id]);
    expect((await w.api.rep2.get(`/v2/leads/${lead.id}`)).statusCode).toBe(404);
  });

  it('applies to the web app, which reads the same API with its session', async () => {
    const lead = await post(w.api.rep2, '/v2/leads', { last_name: 'Shared' });
    const browser = new TestClient(t.app, w.host);
    expect((await browser.signIn(w.users.outsider.email)).statusCode).toBe(200);
    expect((await browser.get(`/v2/leads/${lead.id}`)).statusCode).toBe(404);
    await post(w.api.rep2, '/v2/collaborations', { resource_type: 'lead', resource_id: lead.id, collaborator_id: w.users.outsider.id });
    const read = await browser.get(`/v2/leads/${lead.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().data.last_name).toBe('Shared');
    expect((await browser.get('/v2/leads')).json().items.map((i: any) => i.data.id)).toEqual([lead.id]);
  });
});

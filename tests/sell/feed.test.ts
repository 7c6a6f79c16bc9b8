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

const kinds = (body: any) => body.items.map((i: any) => i.data.kind);

describe('activity feed (A-5)', () => {
  it('shows creation, status and owner changes, notes and tasks, newest first, filterable by type', async () => {
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'Feedly' })).json().data;
    await w.api.rep.put(`/v2/leads/${lead.id}`, { status: 'Working' });
    await w.api.rep.post('/v2/notes', { content: 'Met at the fair', resource_type: 'lead', resource_id: lead.id });
    const task = (await w.api.rep.post('/v2/tasks', { content: 'Send brochure', resource_type: 'lead', resource_id: lead.id })).json().data;
    await w.api.rep.put(`/v2/tasks/${task.id}`, { completed: true });
    await w.api.rep.put(`/v2/leads/${lead.id}`, { owner_id: w.users.rep2.id });
    await t.app.events.drain();

    const feed = (await w.api.manager.get(`/v2/leads/${lead.id}/feed`)).json();
    expect(kinds(feed)).toEqual(['owner_changed', 'task_completed', 'task', 'note', 'status_changed', 'created']);
    expect(feed.items[4].data.data).toEqual({ from: 'New', to: 'Working' });
    expect(feed.items[3].data.data.content).toBe('Met at the fair');
    expect(feed.items[0].data.actor_id).toBe(w.users.rep.id);
    expect(kinds((await w.api.manager.get(`/v2/leads/${lead.id}/feed?type=note,status_changed`)).json())).toEqual(['note', 'status_changed']);
  });

  it('pages with a cursor without repeating or skipping', async () => {
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'Paged' })).json().data;
    for (let i = 1; i <= 5; i++) await w.api.rep.post('/v2/notes', { content: `note ${i}`, resource_type: 'lead', resource_id: lead.id });
    await t.app.events.drain();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = (await w.api.rep.get(`/v2/leads/${lead.id}/feed?per_page=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      seen.push(...page.items.map((i: any) => i.data.data.content ?? i.data.kind));
      cursor = page.meta.next_cursor;
    } while (cursor);
    expect(seen).toEqual(['note 5', 'note 4', 'note 3', 'note 2', 'note 1', 'created']);
    expect((await w.api.rep.get(`/v2/leads/${lead.id}/feed?cursor=garbage`)).statusCode).toBe(400);
  });

  it('replaying every event never duplicates an item', async () => {
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'Replay' })).json().data;
    await w.api.rep.put(`/v2/leads/${lead.id}`, { status: 'Working' });
    await w.api.rep.post('/v2/notes', { content: 'once', resource_type: 'lead', resource_id: lead.id });
    await t.app.events.drain();
    const before = kinds((await w.api.rep.get(`/v2/leads/${lead.id}/feed`)).json());
    // As after a crash between handling and bookkeeping: every event pending again, no delivery records.
    await t.db.kysely.deleteFrom('event_deliveries').execute();
    await t.db.kysely.updateTable('outbox').set({ dispatched_at: null }).execute();
    expect(await t.app.events.drain()).toBeGreaterThan(0);
    expect(kinds((await w.api.rep.get(`/v2/leads/${lead.id}/feed`)).json())).toEqual(before);
  });

  it('is hidden with its record (A-3)', async () => {
    const lead = (await w.api.rep.post('/v2/leads', { last_name: 'Secret' })).json().data;
    await t.app.events.drain();
    expect((await w.api.outsider.get(`/v2/leads/${lead.id}/feed`)).statusCode).toBe(404);
  });
});

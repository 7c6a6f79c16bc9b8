import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { sellGateway } from '../../src/integrations/sell-chat/sell/sell-gateway.ts';
import { listening, sessionCookie, type ChatTest } from '../chat/support/chat-test.ts';
import { startTestApp } from '../support/test-app.ts';
import { API, createRecord, makeIntegrationWorld, nextSubdomain, type IntegrationWorld } from './support/sell-chat-world.ts';

let t: ChatTest;
const sockets: Socket[] = [];
beforeAll(async () => {
  t = await listening(await startTestApp());
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(() => t.close());

type Who = keyof IntegrationWorld['users'];

async function world(settings: Record<string, unknown> = {}) {
  const w = await makeIntegrationWorld(t, nextSubdomain('leads'));
  await w.setUp(settings);
  return w;
}

async function createLead(w: IntegrationWorld, who: Who, chatId: string, body: Record<string, unknown> = {}) {
  return (await w.as(who)).post(`${API}/chats/${chatId}/leads`, body);
}

async function leadCreated(w: IntegrationWorld, who: Who, chatId: string, body: Record<string, unknown> = {}) {
  const res = await createLead(w, who, chatId, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The lead as Sell's own API shows it to an admin. */
async function sellLead(w: IntegrationWorld, id: number) {
  const res = await (await w.sell('owner')).get(`/v2/leads/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

async function createPool(w: IntegrationWorld, name: string, memberIds: number[], resourceType = 'lead') {
  const res = await (await w.sell('owner')).post('/v2/pools', { name, resource_type: resourceType, member_ids: memberIds });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.id as number;
}

describe('Create lead from a chat (W-2)', () => {
  it('makes the lead from the visitor as the agent, owned by them, with the default status; the card then shows it', async () => {
    const w = await world();
    const { chatId } = await w.startVisitorChat({ name: 'Mei Ling Tanaka', email: 'mei@tanaka.example', phone: '+81 3 1234 5678' });
    const body = await leadCreated(w, 'rita', chatId, { note: 'Wants a demo on Tuesday.' });
    expect(body.owner).toMatchObject({ kind: 'user', id: w.users.rita.id, rule: 'creating_agent', assignedTo: { id: w.users.rita.id, name: 'Rita' } });
    expect(body.lead).toMatchObject({ name: 'Mei Ling Tanaka', ownerId: w.users.rita.id, status: 'New', sourceId: null, chatId });
    expect(body.noteId).toEqual(expect.any(Number));

    const lead = await sellLead(w, body.lead.id);
    expect(lead).toMatchObject({ first_name: 'Mei Ling', last_name: 'Tanaka', email: 'mei@tanaka.example', phone: '+81 3 1234 5678', owner_id: w.users.rita.id, creator_id: w.users.rita.id, status: 'New' });
    const notes = (await (await w.sell('owner')).get(`/v2/notes?resource_type=lead&resource_id=${body.lead.id}`)).json().items;
    expect(notes.map((n: { data: { content: string } }) => n.data.content)).toEqual(['Rita (Chat): Wants a demo on Tuesday.']);

    const card = (await (await w.as('rita')).get(`${API}/chats/${chatId}/card`)).json();
    expect(card).toMatchObject({ result: 'match', match: { record: { type: 'lead', id: body.lead.id } } });
    // The lead remembers its chat, and the outbox says so (the lead's feed links back to the chat).
    const origin = await t.db.kysely.selectFrom('sell_chat_lead_origins' as any).selectAll().where('lead_id', '=', body.lead.id).executeTakeFirst();
    expect(origin).toMatchObject({ chat_id: chatId, agent_id: w.users.rita.id });
    const event = await t.db.kysely.selectFrom('outbox').select('payload').where('type', '=', 'sell_chat.lead_created').where('account_id', '=', w.account.id).executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload)).toMatchObject({ leadId: body.lead.id, chatId, agentId: w.users.rita.id, ownerRule: 'creating_agent' });
  });

  it("is all or nothing: when a write after Sell's fails, no lead, note, chat link or event is left behind, and trying again works", async () => {
    const w = await world();
    const { chatId } = await w.startVisitorChat({ name: 'Ana Lima', email: 'ana@lima.example' });
    const real = sellGateway.createLeadWithNote.bind(sellGateway);
    const failing = vi.spyOn(sellGateway, 'createLeadWithNote').mockImplementationOnce(async (...args) => {
      await real(...args); // Sell wrote the lead and its note in the caller's transaction…
      throw new Error('the chat link could not be stored'); // …which then fails
    });
    try {
      const res = await createLead(w, 'rita', chatId, { note: 'Call back on Monday.' });
      expect(res.statusCode, res.body).toBe(500);
      expect(failing).toHaveBeenCalledTimes(1);
    } finally {
      failing.mockRestore();
    }
    expect(await t.db.kysely.selectFrom('sell_notes' as any).selectAll().where('account_id', '=', w.account.id).execute()).toEqual([]);
    expect((await (await w.sell('owner')).get('/v2/leads')).json().items).toEqual([]);
    expect(await t.db.kysely.selectFrom('sell_chat_lead_origins' as any).selectAll().where('chat_id', '=', chatId).execute()).toEqual([]);
    const events = await t.db.kysely.selectFrom('outbox').select('type').where('account_id', '=', w.account.id).where('type', 'in', ['sell.record.created', 'sell_chat.lead_created', 'sell.note.created']).execute();
    expect(events).toEqual([]);

    const body = await leadCreated(w, 'rita', chatId, { note: 'Call back on Monday.' });
    expect((await (await w.sell('owner')).get('/v2/leads')).json().items.map((i: { data: { id: number } }) => i.data.id)).toEqual([body.lead.id]);
    expect(body.noteId).toEqual(expect.any(Number));
  });

  it('uses the status and source of the settings (S-14, S-15)', async () => {
    const w = await world();
    const statuses = (await (await w.sell('owner')).get('/v2/lead_statuses')).json().items.map((i: { data: { id: number; name: string } }) => i.data);
    const settings = await w.saveSettings({ assignStatusId: statuses.find((s: { name: string }) => s.name === 'Working').id, assignSourceName: 'Website chat' });
    const { chatId } = await w.startVisitorChat({ name: 'Kenji Sato', email: 'kenji@sato.example' });
    const body = await leadCreated(w, 'maria', chatId);
    expect(body.lead).toMatchObject({ status: 'Working', sourceId: settings.assignSource.id });
    expect(await sellLead(w, body.lead.id)).toMatchObject({ status: 'Working', source_id: settings.assignSource.id });
  });

  it('under "All agents", an agent without a Sell seat creates leads owned by the topmost manager (S-13, S-18)', async () => {
    const w = await world({ accessMode: 'all_agents' });
    const { chatId } = await w.startVisitorChat({ name: 'Diego Silva', email: 'diego@umbrella.example' });
    const body = await leadCreated(w, 'aiko', chatId);
    expect(body.owner).toMatchObject({ rule: 'topmost_manager', assignedTo: { id: w.users.owner.id } });
    expect(await sellLead(w, body.lead.id)).toMatchObject({ owner_id: w.users.owner.id, creator_id: w.users.owner.id });
  });

  it('under "Sell users only", refuses an agent without a Sell seat (S-26)', async () => {
    const w = await world();
    const { chatId } = await w.startVisitorChat({ name: 'Tara Walsh', email: 'tara@hooli.example' });
    const res = await createLead(w, 'aiko', chatId);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('sell_access_required');
    expect((await (await w.sell('owner')).get('/v2/leads')).json().items).toHaveLength(0);
  });

  it('lets a single pool entry pick the owner by the rotation every entry point shares (S-16, A-4)', async () => {
    const w = await world();
    const pool = await createPool(w, 'Inbound', [w.users.rita.id, w.users.ravi.id]);
    await w.saveSettings({ ownerEntries: [{ kind: 'pool', id: pool }] });
    const first = await leadCreated(w, 'maria', (await w.startVisitorChat({ email: 'a@one.example' })).chatId);
    const viaApi = await createRecord(w, 'owner', 'leads', { last_name: 'From API', pool_id: pool });
    const third = await leadCreated(w, 'maria', (await w.startVisitorChat({ email: 'c@three.example' })).chatId);
    expect(first.owner).toMatchObject({ kind: 'pool', id: pool, name: 'Inbound', rule: 'only_entry', assignedTo: { id: w.users.rita.id } });
    expect((await sellLead(w, viaApi)).owner_id).toBe(w.users.ravi.id);
    expect(third.owner.assignedTo.id).toBe(w.users.rita.id);
  });

  it('makes the agent pick among several entries, and refuses a missing or wrong pick naming the field', async () => {
    const w = await world();
    const pool = await createPool(w, 'Inbound', [w.users.ravi.id]);
    await w.saveSettings({ ownerEntries: [{ kind: 'user', id: w.users.omar.id }, { kind: 'pool', id: pool }] });
    const choices = (await (await w.as('rita')).get(`${API}/owner-choices`)).json();
    expect(choices).toMatchObject({ mode: 'pick_entry', required: true, default: null });
    expect(choices.choices).toEqual([
      { kind: 'user', id: w.users.omar.id, name: 'Omar', configured: true },
      { kind: 'pool', id: pool, name: 'Inbound', configured: true },
    ]);
    const { chatId } = await w.startVisitorChat({ name: 'Wei Zhang', email: 'wei@oceanic.example' });
    for (const owner of [undefined, { kind: 'user', id: w.users.maria.id }]) {
      const res = await createLead(w, 'rita', chatId, owner ? { owner } : {});
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fields).toEqual([expect.objectContaining({ field: 'owner', message: expect.stringContaining('Omar') })]);
    }
    const body = await leadCreated(w, 'rita', chatId, { owner: { kind: 'user', id: w.users.omar.id } });
    expect(body.owner).toMatchObject({ rule: 'picked_entry', assignedTo: { id: w.users.omar.id } });
  });

  it("keeps the agent's note with a lead handed to an owner whose records the acting rep cannot see", async () => {
    const w = await world({ allowAnyOwner: true });
    const { chatId } = await w.startVisitorChat({ name: 'Ida Berg', email: 'ida@berg.example' });
    const body = await leadCreated(w, 'rita', chatId, { owner: { kind: 'user', id: w.users.omar.id }, note: 'Wants the enterprise plan.' });
    expect(body.noteId).toEqual(expect.any(Number));
    expect((await (await w.sell('rita')).get(`/v2/leads/${body.lead.id}`)).statusCode).toBe(404); // Omar's, out of Rita's sight
    const notes = (await (await w.sell('omar')).get(`/v2/notes?resource_type=lead&resource_id=${body.lead.id}`)).json().items;
    expect(notes.map((n: { data: { content: string } }) => n.data.content)).toEqual(['Rita (Chat): Wants the enterprise plan.']);
  });

  it('lets agents pick any Sell user or lead pool when S-17 is on', async () => {
    const w = await world({ allowAnyOwner: true });
    const dealPool = await createPool(w, 'Deals', [w.users.ravi.id], 'deal');
    const { chatId } = await w.startVisitorChat({ name: 'Lena Novak', email: 'lena@vandelay.example' });
    const wrong = await createLead(w, 'rita', chatId, { owner: { kind: 'pool', id: dealPool } });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields[0].field).toBe('owner');
    const body = await leadCreated(w, 'rita', chatId, { owner: { kind: 'user', id: w.users.fiona.id } });
    expect(body.owner).toMatchObject({ rule: 'picked_any', assignedTo: { id: w.users.fiona.id } });
  });

  it('falls back to the S-18 owner when the configured owner was deactivated, and says so (O-4)', async () => {
    const w = await world();
    await w.saveSettings({ ownerEntries: [{ kind: 'user', id: w.users.ravi.id }] });
    expect((await (await w.as('owner')).post(`/api/users/${w.users.ravi.id}/deactivate`)).statusCode).toBe(200);
    const body = await leadCreated(w, 'rita', (await w.startVisitorChat({ email: 'x@y.example' })).chatId);
    expect(body.owner).toMatchObject({ rule: 'creating_agent', assignedTo: { id: w.users.rita.id } });
    expect(body.warnings.map((x: { code: string }) => x.code)).toEqual(['owner_deactivated', 'owner_fallback']);
  });

  it('refuses while the visitor matches a lead or contact (O-6)', async () => {
    const w = await world();
    await createRecord(w, 'rita', 'contacts', { first_name: 'Julia', last_name: 'Rossi', email: 'julia@globex.example' });
    const { chatId } = await w.startVisitorChat({ name: 'Julia', email: 'Julia@Globex.example' });
    const res = await createLead(w, 'rita', chatId);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'visitor_in_sell', details: { match: { type: 'contact', name: 'Julia Rossi' } } });
    expect((await (await w.sell('owner')).get('/v2/leads')).json().items).toHaveLength(0);
  });

  it('names a nameless visitor "Chat visitor" and takes the agent\'s corrections (O-7)', async () => {
    const w = await world();
    const nameless = await leadCreated(w, 'rita', (await w.startVisitorChat({ email: 'anon@a.example' })).chatId);
    expect(await sellLead(w, nameless.lead.id)).toMatchObject({ first_name: null, last_name: 'Chat visitor' });
    const cleared = await leadCreated(w, 'rita', (await w.startVisitorChat({ name: 'Bo', email: 'bo@b.example' })).chatId, { firstName: '', lastName: '' });
    expect(await sellLead(w, cleared.lead.id)).toMatchObject({ last_name: 'Chat visitor' });
    const edited = await leadCreated(w, 'rita', (await w.startVisitorChat({ name: 'Chat visitor', email: 'c@c.example' })).chatId, {
      firstName: 'Carla',
      lastName: 'Conti',
      phone: '+39 06 1234 5678',
    });
    expect(await sellLead(w, edited.lead.id)).toMatchObject({ first_name: 'Carla', last_name: 'Conti', email: 'c@c.example', phone: '+39 06 1234 5678' });
    const bad = await createLead(w, 'rita', (await w.startVisitorChat({ email: 'd@d.example' })).chatId, { email: 'not-an-email' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0].field).toBe('email');
  });
});

describe('Note for the rep (W-3)', () => {
  it('adds a note to the matched record and notifies its owner, live and in their list', async () => {
    const w = await world();
    const leadId = await createRecord(w, 'ravi', 'leads', { last_name: 'Hoffmann', email: 'anna@hoffmann.example' });
    const { chatId } = await w.startVisitorChat({ name: 'Anna', email: 'anna@hoffmann.example' });
    const host = `${w.account.subdomain}.localhost`;
    const socket = io(`${t.url}/sell-chat`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { host, cookie: await sessionCookie(t, host, w.users.ravi.email) } });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => socket.once('connect', () => resolve()).once('connect_error', reject));
    const pushed = new Promise<any>((resolve) => socket.once('sell_chat:notification', resolve));

    const res = await (await w.as('maria')).post(`${API}/chats/${chatId}/notes`, { recordType: 'lead', recordId: leadId, content: 'Asked about volume pricing; call her back.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ noteId: expect.any(Number), notified: { id: w.users.ravi.id, name: 'Ravi' } });
    const notes = (await (await w.sell('ravi')).get(`/v2/notes?resource_type=lead&resource_id=${leadId}`)).json().items;
    expect(notes.map((n: { data: { content: string } }) => n.data.content)).toEqual(['Maria (Chat): Asked about volume pricing; call her back.']);

    await t.app.events.drain();
    const notification = await pushed;
    expect(notification).toMatchObject({ kind: 'note_for_rep', actor: { id: w.users.maria.id, name: 'Maria' }, chatId, record: { type: 'lead', id: leadId, name: 'Hoffmann' }, text: 'Asked about volume pricing; call her back.', readAt: null });

    const ravi = await w.as('ravi');
    const list = (await ravi.get(`${API}/notifications`)).json();
    expect(list).toMatchObject({ unreadCount: 1, nextCursor: null, items: [{ id: notification.id }] });
    expect((await (await w.as('maria')).get(`${API}/notifications`)).json()).toMatchObject({ unreadCount: 0, items: [] });
    expect((await ravi.post(`${API}/notifications/${notification.id}/read`)).json()).toEqual({ unreadCount: 0 });
    expect((await ravi.get(`${API}/notifications?unread=1`)).json().items).toEqual([]);
  });

  it('only reaches records the acting Sell user may see, and does not notify the agent of their own note', async () => {
    const w = await world();
    const omarLead = await createRecord(w, 'omar', 'leads', { last_name: 'Far Away', email: 'far@away.example' });
    const ritaLead = await createRecord(w, 'rita', 'leads', { last_name: 'Close By', email: 'close@by.example' });
    const { chatId } = await w.startVisitorChat({ email: 'far@away.example' });
    const hidden = await (await w.as('rita')).post(`${API}/chats/${chatId}/notes`, { recordType: 'lead', recordId: omarLead, content: 'Hello' });
    expect(hidden.statusCode).toBe(404);
    expect((await (await w.sell('owner')).get(`/v2/notes?resource_type=lead&resource_id=${omarLead}`)).json().items).toHaveLength(0);
    const own = await (await w.as('rita')).post(`${API}/chats/${chatId}/notes`, { recordType: 'lead', recordId: ritaLead, content: 'Mine' });
    expect(own.json()).toMatchObject({ notified: null });
    const empty = await (await w.as('rita')).post(`${API}/chats/${chatId}/notes`, { recordType: 'lead', recordId: ritaLead, content: '   ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.fields[0].field).toBe('content');
  });

  it('under "All agents", lets any agent leave a note on any record for its owner', async () => {
    const w = await world({ accessMode: 'all_agents' });
    const omarLead = await createRecord(w, 'omar', 'leads', { last_name: 'Far Away', email: 'far@away.example' });
    const { chatId } = await w.startVisitorChat({ email: 'far@away.example' });
    const res = await (await w.as('aiko')).post(`${API}/chats/${chatId}/notes`, { recordType: 'lead', recordId: omarLead, content: 'Visitor asked for you.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().notified).toEqual({ id: w.users.omar.id, name: 'Omar' });
    expect((await (await w.as('omar')).get(`${API}/notifications`)).json().unreadCount).toBe(1);
  });
});

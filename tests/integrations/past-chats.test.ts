import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeadFromOfflineMessage } from '../../src/integrations/sell-chat/past-chats/create-lead-from-offline-message.ts';
import type { EventCatalogue } from '../../src/platform/events/catalogue.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { lines, makePastChatsWorld, type PastChatsWorld } from './support/past-chats-world.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Mei's lead, and a contact with her email (written differently) with two deals; Noor's lead as a bystander. */
async function meiInSell(w: PastChatsWorld) {
  const lead = await w.record('maria', 'leads', { first_name: 'Mei', last_name: 'Tanaka', email: 'mei@tanaka.example' });
  const contact = await w.record('maria', 'contacts', { first_name: 'Mei', last_name: 'Tanaka', email: '  MEI@Tanaka.example ' });
  const deal1 = await w.record('maria', 'deals', { name: 'Tanaka renewal', contact_id: contact });
  const deal2 = await w.record('maria', 'deals', { name: 'Tanaka upsell', contact_id: contact });
  const bystander = await w.record('maria', 'leads', { last_name: 'Noor', email: 'noor@elsewhere.example' });
  await w.settle();
  return { lead, contact, deal1, deal2, bystander };
}

/** The chat items of each of Mei's records, as the owner sees them. */
async function itemsOn(w: PastChatsWorld, mei: Awaited<ReturnType<typeof meiInSell>>) {
  return {
    lead: await w.chatItems('owner', 'leads', mei.lead),
    contact: await w.chatItems('owner', 'contacts', mei.contact),
    deal1: await w.chatItems('owner', 'deals', mei.deal1),
    deal2: await w.chatItems('owner', 'deals', mei.deal2),
  };
}

/** Every chat-related event of the outbox, delivered again by the past-chats handler. */
async function replayPastChatEvents(w: PastChatsWorld, order: 'same' | 'reversed') {
  const events = await t.db.kysely.selectFrom('outbox').selectAll().where('account_id', '=', w.account.id).where('type', 'like', 'chat.%').orderBy('id').execute();
  expect(events.length).toBeGreaterThan(3);
  if (order === 'same') {
    await t.db.kysely.deleteFrom('event_deliveries').where('handler', '=', 'sell_chat.past_chats').where('event_id', 'in', events.map((e) => e.id)).execute();
    await t.db.kysely.updateTable('outbox').set({ dispatched_at: null }).where('id', 'in', events.map((e) => e.id)).execute();
  } else {
    for (const e of [...events].reverse()) {
      await t.db.kysely.insertInto('outbox').values({ account_id: e.account_id, type: e.type, payload: e.payload, created_at: e.created_at, dispatched_at: null }).execute();
    }
  }
  await w.settle();
}

describe('Past chats in Sell (W-5, O-8)', () => {
  it('puts one item per chat on the matching lead, the contact and each of its deals, updated in place as messages arrive', async () => {
    const w = await makePastChatsWorld(t);
    const mei = await meiInSell(w);
    const chat = await w.visitorChat({ name: 'Mei Tanaka', email: 'Mei@Tanaka.example' }, 'Hello, is the renewal price final?');
    await w.settle();

    let items = await itemsOn(w, mei);
    for (const list of Object.values(items)) {
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ kind: 'chat', data: { chatId: chat.chatId, status: 'waiting', visitor: { name: 'Mei Tanaka', email: 'Mei@Tanaka.example' }, endedAt: null } });
      expect(lines(list[0]!)).toEqual(['Mei Tanaka: Hello, is the renewal price final?']);
    }
    expect(await w.chatItems('owner', 'leads', mei.bystander)).toEqual([]);

    await chat.serve('maria');
    await chat.reply('maria', 'Hi Mei, it is: 1,200 a year.');
    await w.settle();
    await chat.say('Thanks <b>a lot</b> & bye');
    await w.settle();
    await chat.end('maria');
    await w.settle();

    items = await itemsOn(w, mei);
    const ids = new Set<number>();
    for (const list of Object.values(items)) {
      expect(list).toHaveLength(1);
      const item = list[0]!;
      ids.add(item.id);
      expect(lines(item)).toEqual(['Mei Tanaka: Hello, is the renewal price final?', 'Maria: Hi Mei, it is: 1,200 a year.', 'Mei Tanaka: Thanks <b>a lot</b> & bye']);
      expect(item.data).toMatchObject({ status: 'ended', agents: [{ id: w.users.maria.id, name: 'Maria' }] });
      expect(item.data.endedAt).toEqual(expect.any(String));
      expect(item.occurred_at).toBe(items.lead[0]!.occurred_at);
    }
    expect(ids.size).toBe(4); // one item on each record, not one shared row shown four times
    // The type filter knows chats; other kinds leave them out.
    const notes = (await (await w.sell('owner')).get(`/v2/leads/${mei.lead}/feed?type=note`)).json();
    expect(notes.items).toEqual([]);
  });

  it('replaying the events twice, and out of order, leaves one item per chat and a transcript without duplicates', async () => {
    const w = await makePastChatsWorld(t);
    const mei = await meiInSell(w);
    const chat = await w.visitorChat({ name: 'Mei Tanaka', email: 'mei@tanaka.example' }, 'First question');
    await chat.serve('rita');
    await chat.reply('rita', 'Go ahead');
    await chat.say('Second question');
    await chat.end('rita');
    await w.settle();
    const before = await itemsOn(w, mei);
    expect(lines(before.lead[0]!)).toEqual(['Mei Tanaka: First question', 'Rita: Go ahead', 'Mei Tanaka: Second question']);

    await replayPastChatEvents(w, 'same');
    await replayPastChatEvents(w, 'reversed');
    expect(await itemsOn(w, mei)).toEqual(before);
    const stored = await t.db.kysely.selectFrom('sell_feed_items' as never).select('id' as never).where('source_group' as never, '=', 'chat' as never).where('account_id' as never, '=', w.account.id as never).execute();
    expect(stored).toHaveLength(4);
  });

  it('brings past chats to a lead or contact made later, and follows their emails', async () => {
    const w = await makePastChatsWorld(t);
    const first = await w.visitorChat({ name: 'Kenji Sato', email: 'kenji@sato.example' }, 'Do you ship to Osaka?');
    await first.end('owner');
    await w.visitorChat({ name: 'Kenji Sato', email: 'KENJI@sato.example' }, 'Back again');
    await w.settle();

    const lead = await w.record('rita', 'leads', { first_name: 'Kenji', last_name: 'Sato', email: 'kenji@sato.example' });
    const other = await w.record('rita', 'contacts', { first_name: 'K', last_name: 'Sato', email: 'k@sato.example' });
    await w.settle();
    expect((await w.chatItems('rita', 'leads', lead)).map(lines)).toEqual([['Kenji Sato: Back again'], ['Kenji Sato: Do you ship to Osaka?']]);
    expect(await w.chatItems('rita', 'contacts', other)).toEqual([]);

    // The contact takes Kenji's email: his chats come to it (and to a deal of it); the lead gives it up: they leave it.
    const deal = await w.record('rita', 'deals', { name: 'Osaka shipping', contact_id: other });
    await w.update('rita', 'contacts', other, { email: 'Kenji@Sato.example' });
    await w.update('rita', 'leads', lead, { email: 'kenji.old@sato.example' });
    await w.settle();
    expect(await w.chatItems('rita', 'contacts', other)).toHaveLength(2);
    expect(await w.chatItems('rita', 'deals', deal)).toHaveLength(2);
    expect(await w.chatItems('rita', 'leads', lead)).toEqual([]);
  });

  it('a lead converted into a contact and a deal: its chat shows once on each', async () => {
    const w = await makePastChatsWorld(t);
    const lead = await w.record('maria', 'leads', { first_name: 'Ines', last_name: 'Duarte', email: 'ines@duarte.example' });
    await w.settle();
    await w.visitorChat({ name: 'Ines Duarte', email: 'ines@duarte.example' }, 'I would like a quote');
    await w.settle();
    const res = await (await w.sell('maria')).post(`/v2/leads/${lead}/convert`, { create_deal: true, deal_name: 'Duarte quote' });
    expect(res.statusCode, res.body).toBe(200);
    const { individual_id: contact, deal_id: deal } = res.json().data;
    await w.settle();
    // The contact shows the lead's history too; the chat, on both, is still one item there.
    expect((await w.chatItems('maria', 'contacts', contact)).map(lines)).toEqual([['Ines Duarte: I would like a quote']]);
    expect((await w.chatItems('maria', 'deals', deal)).map(lines)).toEqual([['Ines Duarte: I would like a quote']]);
  });

  it('a visitor who gives their email during the chat brings it to their records then', async () => {
    const w = await makePastChatsWorld(t);
    const lead = await w.record('maria', 'leads', { last_name: 'Okafor', email: 'ada@okafor.example' });
    await w.settle();
    const chat = await w.visitorChat({ name: 'Ada' }, 'Hi, quick question');
    await w.settle();
    expect(await w.chatItems('maria', 'leads', lead)).toEqual([]);
    await chat.identify({ email: 'ada@okafor.example' });
    await chat.say('It is ada@okafor.example');
    await w.settle();
    expect((await w.chatItems('maria', 'leads', lead)).map(lines)).toEqual([['Ada: Hi, quick question', 'Ada: It is ada@okafor.example']]);
  });

  it('turning past chats off hides them everywhere without deleting; on again brings them back, with those from meanwhile', async () => {
    const w = await makePastChatsWorld(t);
    const mei = await meiInSell(w);
    await w.visitorChat({ name: 'Mei Tanaka', email: 'mei@tanaka.example' }, 'Before');
    await w.settle();
    expect(await w.chatItems('owner', 'leads', mei.lead)).toHaveLength(1);

    await w.saveSettings({ pastChatsEnabled: false });
    await w.settle();
    for (const list of Object.values(await itemsOn(w, mei))) expect(list).toEqual([]);
    expect((await (await w.sell('owner')).get(`/v2/contacts/${mei.contact}/feed`)).json().items.map((i: { data: { kind: string } }) => i.data.kind)).not.toContain('chat');
    const kept = await t.db.kysely.selectFrom('sell_feed_externals' as never).selectAll().where('account_id' as never, '=', w.account.id as never).execute();
    expect(kept).toHaveLength(1); // hidden, not deleted (O-9)

    // While off: a new chat, and a lead made for an earlier visitor.
    await w.visitorChat({ name: 'Mei Tanaka', email: 'mei@tanaka.example' }, 'While off');
    await w.visitorChat({ name: 'Zoe', email: 'zoe@quiet.example' }, 'Hello from Zoe');
    await w.settle();
    const zoe = await w.record('maria', 'leads', { last_name: 'Zoe', email: 'zoe@quiet.example' });
    await w.settle();
    expect(await w.chatItems('owner', 'leads', zoe)).toEqual([]);

    await w.saveSettings({ pastChatsEnabled: true });
    await w.settle();
    for (const list of Object.values(await itemsOn(w, mei))) expect(list.map(lines)).toEqual([['Mei Tanaka: While off'], ['Mei Tanaka: Before']]);
    expect((await w.chatItems('owner', 'leads', zoe)).map(lines)).toEqual([['Zoe: Hello from Zoe']]);
  });

  it('turning past chats on for the first time brings in the chats from before', async () => {
    const w = await makePastChatsWorld(t, {});
    const lead = await w.record('omar', 'leads', { last_name: 'Early', email: 'early@bird.example' });
    await w.visitorChat({ name: 'Early Bird', email: 'early@bird.example' }, 'Long ago');
    await w.settle();
    expect(await w.chatItems('omar', 'leads', lead)).toEqual([]);
    await w.saveSettings({ pastChatsEnabled: true });
    await w.settle();
    expect((await w.chatItems('omar', 'leads', lead)).map(lines)).toEqual([['Early Bird: Long ago']]);
  });

  it('chat items have the visibility of their record (A-3)', async () => {
    const w = await makePastChatsWorld(t);
    const omars = await w.record('omar', 'leads', { last_name: 'Private', email: 'vip@secret.example' });
    const ritas = await w.record('rita', 'contacts', { last_name: 'Shared', email: 'vip@secret.example' });
    await w.visitorChat({ name: 'VIP', email: 'vip@secret.example' }, 'Confidential pricing please');
    await w.settle();

    expect(await w.feedStatus('rita', 'leads', omars)).toBe(404);
    expect(await w.chatItems('omar', 'leads', omars)).toHaveLength(1);
    expect(await w.chatItems('rita', 'contacts', ritas)).toHaveLength(1);
    expect(await w.chatItems('maria', 'contacts', ritas)).toHaveLength(1); // Rita's manager
    expect(await w.feedStatus('omar', 'contacts', ritas)).toBe(404);
    expect(await w.chatItems('fiona', 'leads', omars)).toHaveLength(1); // full access
  });

  it('a chat deleted from Chat leaves the feeds', async () => {
    const w = await makePastChatsWorld(t);
    const lead = await w.record('maria', 'leads', { last_name: 'Gone', email: 'gone@away.example' });
    const chat = await w.visitorChat({ email: 'gone@away.example' }, 'Please forget me');
    await chat.end('owner');
    await w.settle();
    expect(await w.chatItems('maria', 'leads', lead)).toHaveLength(1);
    const owner = await w.as('owner');
    expect((await owner.request('DELETE', `/api/v2/chat/chats/${chat.chatId}`)).statusCode).toBe(204);
    await w.settle();
    expect(await w.chatItems('maria', 'leads', lead)).toEqual([]);
  });
});

describe('Offline messages create leads (B-2)', () => {
  it('makes a lead under the Create lead rules when the email matches nothing, once', async () => {
    const w = await makePastChatsWorld(t, { offlineLeadsEnabled: true, accessMode: 'all_agents' });
    await w.offlineMessage({ name: 'Lena Fischer', email: 'lena@fischer.example', phone: '+49 30 1234567', message: 'Please call me about pricing.' });
    await w.settle();
    const leads = (await (await w.sell('owner')).get('/v2/leads?email=lena@fischer.example')).json().items.map((i: { data: Record<string, unknown> }) => i.data);
    expect(leads).toHaveLength(1);
    // S-18 under "All agents": the topmost manager (the account owner); O-2: the default status.
    expect(leads[0]).toMatchObject({ first_name: 'Lena', last_name: 'Fischer', email: 'lena@fischer.example', phone: '+49 30 1234567', owner_id: w.users.owner.id, status: 'New' });
    const notes = (await (await w.sell('owner')).get(`/v2/notes?resource_type=lead&resource_id=${leads[0].id}`)).json().items;
    expect(notes.map((n: { data: { content: string } }) => n.data.content)).toEqual(['Lena Fischer (offline message): Please call me about pricing.']);

    // A second message from her, and a replay of the first, make no second lead.
    await w.offlineMessage({ name: 'Lena Fischer', email: 'LENA@fischer.example', message: 'Still waiting.' });
    await t.db.kysely.deleteFrom('event_deliveries').where('handler', '=', 'sell_chat.past_chats.offline_leads').execute();
    await t.db.kysely.updateTable('outbox').set({ dispatched_at: null }).where('type', '=', 'offline_message.created').where('account_id', '=', w.account.id).execute();
    await w.settle();
    expect((await (await w.sell('owner')).get('/v2/leads?email=lena@fischer.example')).json().items).toHaveLength(1);
  });

  it('makes one lead when two nodes deliver the same offline message at the same moment', async () => {
    const w = await makePastChatsWorld(t, { offlineLeadsEnabled: true, accessMode: 'all_agents' });
    await w.offlineMessage({ name: 'Ines Duarte', email: 'ines@duarte.example', message: 'Do you deliver to Porto?' });
    const event = await t.db.kysely.selectFrom('outbox').select('payload').where('type', '=', 'offline_message.created').where('account_id', '=', w.account.id).executeTakeFirstOrThrow();
    const message = JSON.parse(event.payload) as EventCatalogue['offline_message.created'];
    const node = { db: t.db, chatServices: t.app.chatServices, log: t.app.log };
    // Both look for a match before either has made anything, as two nodes draining the outbox would.
    await Promise.all([createLeadFromOfflineMessage(node, message), createLeadFromOfflineMessage(node, message)]);
    await w.settle(); // and the dispatcher delivers it a third time

    const leads = (await (await w.sell('owner')).get('/v2/leads?email=ines@duarte.example')).json().items.map((i: { data: { id: number } }) => i.data);
    expect(leads).toHaveLength(1);
    const notes = (await (await w.sell('owner')).get(`/v2/notes?resource_type=lead&resource_id=${leads[0].id}`)).json().items;
    expect(notes).toHaveLength(1);
    const made = await t.db.kysely.selectFrom('outbox').select('payload').where('type', '=', 'sell_chat.offline_lead_created').where('account_id', '=', w.account.id).execute();
    expect(made.map((e) => JSON.parse(e.payload).leadId)).toEqual([leads[0].id]);
  });

  it('gives the lead to the one configured owner, with the configured status and source; a known email makes none', async () => {
    const w = await makePastChatsWorld(t, { offlineLeadsEnabled: true, ownerEntries: [] });
    const statuses = (await (await w.sell('owner')).get('/v2/lead_statuses')).json().items.map((i: { data: { id: number; name: string } }) => i.data);
    const settings = await w.saveSettings({ ownerEntries: [{ kind: 'user', id: w.users.rita.id }], assignStatusId: statuses.find((s: { name: string }) => s.name === 'Working').id, assignSourceName: 'Offline form' });
    await w.record('omar', 'contacts', { last_name: 'Known', email: 'known@already.example' });
    await w.offlineMessage({ name: 'Known Person', email: 'known@already.example', message: 'Hi' });
    await w.offlineMessage({ name: 'Pat', email: 'pat@new.example', message: 'Hello' });
    await w.settle();
    const all = (await (await w.sell('owner')).get('/v2/leads')).json().items.map((i: { data: Record<string, unknown> }) => i.data);
    expect(all.map((l: { email: string }) => l.email)).toEqual(['pat@new.example']);
    expect(all[0]).toMatchObject({ last_name: 'Pat', first_name: null, owner_id: w.users.rita.id, status: 'Working', source_id: settings.assignSource.id });
  });

  it('makes no lead while the setting is off', async () => {
    const w = await makePastChatsWorld(t, {});
    await w.offlineMessage({ name: 'Quiet', email: 'quiet@nobody.example', message: 'Anyone?' });
    await w.settle();
    expect((await (await w.sell('owner')).get('/v2/leads')).json().items).toEqual([]);
  });
});

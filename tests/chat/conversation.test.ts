import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { ask, collect, connectAgent, connectVisitor, disconnectAll, freshAccount, newVisitorKey, nextEvent, settle, startChatTest, type ChatTest } from './support/chat-test.ts';

let t: ChatTest;
let acme: Awaited<ReturnType<typeof freshAccount>>;
let ana: Socket;
let ben: Socket;
beforeAll(async () => {
  t = await startChatTest();
});
beforeEach(async () => {
  acme = await freshAccount(t, ['Ana Agent', 'Ben Agent']);
  ana = await connectAgent(t, acme.sub, acme.email('ana'));
  ben = await connectAgent(t, acme.sub, acme.email('ben'));
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

const outbox = async (type: string) =>
  (await t.db.kysely.selectFrom('outbox').select('payload').where('account_id', '=', acme.account.id).where('type', '=', type).orderBy('id').execute()).map((r) =>
    JSON.parse(r.payload),
  );

describe('a conversation from start to end', () => {
  it('relays typing and read receipts both ways, follows identify, transfers, rates and ends', async () => {
    const benId = acme.ids.ben!;
    const visitor = await connectVisitor(t, acme.sub);
    await ask(visitor, 'visitor:hello', { page: { url: 'https://shop.example/boots', title: 'Boots' } });
    const { chat } = await ask(visitor, 'chat:start', { email: 'vera@example.com' });
    const chatId = chat.id;
    const served = await ask(ana, 'chat:serve', { chatId });
    expect(served.chat.visitor).toMatchObject({ email: 'vera@example.com', page: { url: 'https://shop.example/boots', title: 'Boots' } });

    // Typing: relayed, never stored.
    const agentSeesTyping = nextEvent(ana, 'chat:typing');
    visitor.emit('chat:typing', { chatId, typing: true });
    expect(await agentSeesTyping).toEqual({ chatId, typing: true });
    const visitorSeesTyping = nextEvent(visitor, 'chat:typing');
    ana.emit('chat:typing', { chatId, typing: true });
    expect(await visitorSeesTyping).toMatchObject({ chatId, typing: true, agent: { name: 'Ana Agent' } });
    // Ben is not in the chat: his typing goes nowhere.
    const stray = collect(visitor, 'chat:typing');
    ben.emit('chat:typing', { chatId, typing: true });

    // Read receipts.
    const sent = await ask(visitor, 'chat:message', { chatId, clientId: 'v-1', text: 'Do these come in 44?' });
    const receipt = nextEvent(visitor, 'chat:read');
    expect(await ask(ana, 'chat:read', { chatId, seq: sent.entry.seq })).toMatchObject({ ok: true, seq: sent.entry.seq });
    expect(await receipt).toEqual({ chatId, seq: sent.entry.seq, by: 'agent' });
    expect((await ask(ana, 'agent:hello')).chats[0].unreadCount).toBe(0);

    // identify from the host page updates the chat and tells the agents.
    const agentSeesIdentity = nextEvent(ana, 'chat:visitor_updated');
    const who = await ask(visitor, 'visitor:identify', { name: 'Vera Visitor', phone: '+1 555 0100' });
    expect(who).toMatchObject({ ok: true, chatId, visitor: { name: 'Vera Visitor', email: 'vera@example.com', phone: '+1 555 0100' } });
    expect((await agentSeesIdentity).visitor).toMatchObject({ name: 'Vera Visitor', phone: '+1 555 0100' });
    expect((await ask(visitor, 'visitor:identify', { email: 'not an email' })).error.fields[0].field).toBe('email');

    // Transfer to Ben: he gets it, Ana loses it.
    const benAssigned = nextEvent(ben, 'chat:assigned');
    const anaLoses = nextEvent(ana, 'chat:withdrawn');
    const moved = await ask(ana, 'chat:transfer', { chatId, toAgentId: benId });
    expect(moved.entries.map((e: any) => [e.type, e.author.name])).toEqual([
      ['chat.memberleave', 'Ana Agent'],
      ['chat.memberjoin', 'Ben Agent'],
    ]);
    expect((await benAssigned).agent).toEqual({ id: benId, name: 'Ben Agent' });
    expect(await anaLoses).toEqual({ chatId, reason: 'transferred' });
    expect((await ask(ana, 'chat:message', { chatId, clientId: 'a-late', text: 'still here?' })).error.code).toBe('not_serving');
    expect((await ask(ben, 'chat:message', { chatId, clientId: 'b-1', text: 'Yes, we have 44.' })).ok).toBe(true);

    // Rating and end.
    const rated = await ask(visitor, 'chat:rate', { chatId, rating: 'good', comment: 'Quick answer' });
    expect(rated.entries.map((e: any) => e.type)).toEqual(['chat.rating', 'chat.comment']);
    const ended = await ask(visitor, 'chat:end', { chatId });
    expect(ended.chat).toMatchObject({ status: 'ended', rating: 'good' });
    expect((await ask(visitor, 'chat:end', { chatId })).entries).toEqual([]); // ending twice is harmless
    await settle();
    expect(stray).toEqual([]);

    const [started] = await outbox('chat.started');
    expect(started).toMatchObject({ chatId, visitor: { email: 'vera@example.com' } });
    expect((await outbox('chat.message')).map((m) => [m.author.kind, m.text, m.visitor.name])).toEqual([
      ['visitor', 'Do these come in 44?', null],
      ['agent', 'Yes, we have 44.', 'Vera Visitor'],
    ]);
    expect((await outbox('chat.visitor_updated'))[0]).toMatchObject({ chatId, changed: ['name', 'phone'], visitor: { name: 'Vera Visitor', phone: '+1 555 0100' } });
    const [end] = await outbox('chat.ended');
    expect(end).toMatchObject({ chatId, agentId: benId, endedBy: 'visitor', missed: false, rating: 'good', comment: 'Quick answer', visitor: { name: 'Vera Visitor' } });
    expect(end.agentIds).toHaveLength(2);
  });

  it('transfers to a department: the chat waits again and goes to that department’s online agents', async () => {
    const sales = await acme.owner.post('/api/chat/departments', { name: 'Sales', memberIds: [acme.ids.ben!] });
    expect(sales.statusCode, sales.body).toBe(200);
    const departmentId = sales.json().department.id;
    const visitor = await connectVisitor(t, acme.sub);
    const { chat } = await ask(visitor, 'chat:start', { name: 'Vera' });
    expect((await ask(ana, 'chat:serve', { chatId: chat.id })).ok).toBe(true);

    const benOffered = nextEvent(ben, 'chat:incoming', (c) => c.id === chat.id);
    const anaLoses = nextEvent(ana, 'chat:withdrawn', (w) => w.chatId === chat.id);
    const visitorSees = nextEvent(visitor, 'chat:updated', (c) => c.status === 'waiting');
    const moved = await ask(ana, 'chat:transfer', { chatId: chat.id, departmentId });
    expect(moved.chat).toMatchObject({ status: 'waiting', agent: null, department: { id: departmentId, name: 'Sales' } });
    expect(moved.entries.map((e: any) => [e.type, e.author.name, e.data])).toEqual([['chat.memberleave', 'Ana Agent', { reason: 'transfer', departmentId }]]);
    expect((await benOffered).department).toEqual({ id: departmentId, name: 'Sales' });
    expect(await anaLoses).toEqual({ chatId: chat.id, reason: 'transferred' });
    expect((await visitorSees).agent).toBeNull();
    // Ana is not in Sales: the chat is not hers to serve any more; Ben serves it.
    expect((await ask(ana, 'agent:hello')).incoming.map((c: any) => c.id)).not.toContain(chat.id);
    expect((await ask(ben, 'chat:serve', { chatId: chat.id })).chat.agent).toEqual({ id: acme.ids.ben, name: 'Ben Agent' });
    // A department that does not exist (or is disabled) is refused.
    expect((await ask(ben, 'chat:transfer', { chatId: chat.id, departmentId: 999999 })).error.fields[0].field).toBe('departmentId');
  });

  it('keeps one open chat per visitor, even when two tabs ask at once', async () => {
    const key = newVisitorKey();
    const tab1 = await connectVisitor(t, acme.sub, key);
    const tab2 = await connectVisitor(t, acme.sub, key);
    const [a, b] = await Promise.all([ask(tab1, 'chat:start', {}), ask(tab2, 'chat:start', {})]);
    expect([a.ok, b.ok], JSON.stringify([a, b])).toEqual([true, true]);
    expect(a.chat.id).toBe(b.chat.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    // Both tabs hear the agent.
    await ask(ana, 'chat:serve', { chatId: a.chat.id });
    const heard = Promise.all([tab1, tab2].map((s) => nextEvent(s, 'chat:log', (e) => e.text === 'Hi!')));
    await ask(ana, 'chat:message', { chatId: a.chat.id, clientId: 'hi', text: 'Hi!' });
    await heard;
  });

  it('asks for the pre-chat fields the admin requires', async () => {
    expect((await acme.owner.patch('/api/chat/settings', { widget: { prechat: { email: 'required' } } })).statusCode).toBe(200);
    const visitor = await connectVisitor(t, acme.sub);
    const refused = await ask(visitor, 'chat:start', { name: 'Vera' });
    expect(refused.error).toMatchObject({ code: 'validation_failed', fields: [{ field: 'email' }] });
    expect((await ask(visitor, 'chat:start', { name: 'Vera', email: 'vera@example.com' })).ok).toBe(true);
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ask, collect, connectAgent, connectVisitor, disconnectAll, freshAccount, nextEvent, settle, startChatTest, type ChatTest } from './support/chat-test.ts';

let t: ChatTest;
beforeAll(async () => {
  t = await startChatTest();
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

describe('broadcast routing (A-9)', () => {
  it('notifies every online agent; the first to serve wins and the chat vanishes for the other', async () => {
    const acme = await freshAccount(t, ['Ana Agent', 'Ben Agent']);
    const ana = await connectAgent(t, acme.sub, acme.email('ana'));
    const ben = await connectAgent(t, acme.sub, acme.email('ben'));
    const visitor = await connectVisitor(t, acme.sub);
    await ask(visitor, 'visitor:hello');

    const anaIncoming = nextEvent(ana, 'chat:incoming');
    const benIncoming = nextEvent(ben, 'chat:incoming');
    const started = await ask(visitor, 'chat:start', { name: 'Vera Visitor', email: 'vera@example.com', message: { clientId: 'v-1', text: 'Hello?' } });
    expect(started).toMatchObject({ ok: true, created: true, chat: { status: 'waiting', agent: null } });
    expect(started.entries.map((e: any) => [e.seq, e.type])).toEqual([
      [1, 'chat.memberjoin'],
      [2, 'chat.msg'],
    ]);
    const chatId = started.chat.id;
    expect((await anaIncoming).id).toBe(chatId);
    expect((await benIncoming).visitor).toMatchObject({ name: 'Vera Visitor', email: 'vera@example.com' });

    const benTaken = nextEvent(ben, 'chat:taken', (p) => p.chatId === chatId);
    const anaTaken = nextEvent(ana, 'chat:taken', (p) => p.chatId === chatId);
    const visitorSeesAgent = nextEvent(visitor, 'chat:updated', (c) => c.status === 'active');
    const [a, b] = await Promise.all([ask(ana, 'chat:serve', { chatId }), ask(ben, 'chat:serve', { chatId })]);
    const winner = a.ok ? a : b;
    const loser = a.ok ? b : a;
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(loser.error.code).toBe('already_taken');
    expect(winner.chat).toMatchObject({ status: 'active' });
    const taken = await benTaken;
    expect(taken.agentId).toBe(winner.chat.agent.id);
    await anaTaken;
    expect((await visitorSeesAgent).agent.name).toBe(winner.chat.agent.name);

    // The chat is in the winner's list and in nobody's incoming list.
    const winnerSocket = a.ok ? ana : ben;
    const loserSocket = a.ok ? ben : ana;
    expect((await ask(winnerSocket, 'agent:hello')).chats.map((c: any) => c.id)).toEqual([chatId]);
    expect((await ask(loserSocket, 'agent:hello')).incoming).toEqual([]);
    const events = await t.db.kysely.selectFrom('outbox').select('type').where('account_id', '=', acme.account.id).where('type', 'like', 'chat.%').orderBy('id').execute();
    expect(events.map((r) => r.type)).toEqual(['chat.started', 'chat.message']);
  });

  it('does not notify agents who are Away, and tells widgets when nobody is left', async () => {
    const acme = await freshAccount(t, ['Ana Agent', 'Ben Agent']);
    const ana = await connectAgent(t, acme.sub, acme.email('ana'));
    const ben = await connectAgent(t, acme.sub, acme.email('ben'));
    expect(await ask(ben, 'agent:status', { status: 'away' })).toMatchObject({ ok: true, status: 'away' });
    const visitor = await connectVisitor(t, acme.sub);
    const benIncoming = collect(ben, 'chat:incoming');
    const anaIncoming = nextEvent(ana, 'chat:incoming');
    const started = await ask(visitor, 'chat:start', {});
    await anaIncoming;
    await settle();
    expect(benIncoming).toEqual([]);

    const offline = nextEvent(visitor, 'account:status', (p) => p.status === 'offline');
    await ask(ana, 'agent:status', { status: 'invisible' });
    await offline;
    // Status survives a reload.
    ana.disconnect();
    const again = await connectAgent(t, acme.sub, acme.email('ana'));
    expect((await ask(again, 'agent:hello')).me).toMatchObject({ status: 'invisible', available: false });
    // Coming back Online shows the waiting request.
    const incoming = nextEvent(again, 'chat:incoming', (c) => c.id === started.chat.id);
    await ask(again, 'agent:status', { status: 'online' });
    await incoming;
  });
});

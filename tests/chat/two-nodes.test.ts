import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../support/test-database.ts';
import { TestClient } from '../support/test-app.ts';
import { addUser, ask, connectAgent, connectVisitor, newVisitorKey, nextEvent, setupAccount, type ChatTest } from './support/chat-test.ts';
import { startTwoNodes } from './support/two-nodes.ts';

/**
 * Two app nodes behind one load balancer: one PostgreSQL database, Socket.IO rooms shared through
 * Redis. Only meaningful on PostgreSQL (SQLite is a single-node store).
 */
describe.skipIf(testDbKind() !== 'postgres')('two nodes sharing PostgreSQL and Redis', () => {
  let node1: ChatTest;
  let node2: ChatTest;
  let close: () => Promise<void>;

  beforeAll(async () => {
    // Three messages a minute per sender: enough for the conversation below, small enough to reach.
    ({ node1, node2, close } = await startTwoNodes({ CHAT_MESSAGES_PER_MINUTE: '3' }));
    const { owner } = await setupAccount(node1, 'acme');
    await addUser(owner, 'Ana Agent', 'ana@acme.test');
    await addUser(owner, 'Ben Agent', 'ben@acme.test');
  });
  afterAll(async () => {
    await close?.();
  });

  it('an agent on node 1 serves and chats with a visitor on node 2; the serve race has one winner', async () => {
    const ana = await connectAgent(node1, 'acme', 'ana@acme.test');
    const ben = await connectAgent(node2, 'acme', 'ben@acme.test');
    const visitor = await connectVisitor(node2, 'acme');
    expect((await ask(visitor, 'visitor:hello')).widget.accountStatus).toBe('online');

    const anaIncoming = nextEvent(ana, 'chat:incoming');
    const { chat } = await ask(visitor, 'chat:start', { name: 'Vera' });
    expect((await anaIncoming).id).toBe(chat.id);

    const [anaServe, benServe] = await Promise.all([ask(ana, 'chat:serve', { chatId: chat.id }), ask(ben, 'chat:serve', { chatId: chat.id })]);
    expect([anaServe.ok, benServe.ok].sort()).toEqual([false, true]);
    if (benServe.ok) {
      // Ben on node 2 won: he hands the chat to Ana on node 1, so what follows crosses nodes.
      const anaId = (await ask(ana, 'agent:hello')).me.id;
      expect((await ask(ben, 'chat:transfer', { chatId: chat.id, toAgentId: anaId })).ok).toBe(true);
    }

    const anaHears = nextEvent(ana, 'chat:log', (e) => e.clientId === 'v-1');
    const sent = await ask(visitor, 'chat:message', { chatId: chat.id, clientId: 'v-1', text: 'Hello from node 2' });
    expect((await anaHears).seq).toBe(sent.entry.seq);

    const visitorHears = nextEvent(visitor, 'chat:log', (e) => e.clientId === 'a-1');
    await ask(ana, 'chat:message', { chatId: chat.id, clientId: 'a-1', text: 'Hello from node 1' });
    expect((await visitorHears).text).toBe('Hello from node 1');

    const typing = nextEvent(ana, 'chat:typing');
    visitor.emit('chat:typing', { chatId: chat.id, typing: true });
    expect(await typing).toEqual({ chatId: chat.id, typing: true });
  });

  it('a role removed through node 1 disconnects the agent’s socket on node 2 at once', async () => {
    const cara = await addUser(await ownerClient(), 'Cara Agent', 'cara@acme.test');
    const socket = await connectAgent(node2, 'acme', 'cara@acme.test');
    const gone = nextEvent(socket, 'disconnect', () => true, 3000);
    const res = await (await ownerClient()).patch(`/api/users/${cara.id}`, { chatRole: 'none' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await gone).toBe('io server disconnect');
  });

  it('counts a visitor’s messages on every node: reconnecting elsewhere does not reset the limit', async () => {
    await connectAgent(node1, 'acme', 'ana@acme.test');
    const key = newVisitorKey();
    const onNode1 = await connectVisitor(node1, 'acme', key);
    const chatId = (await ask(onNode1, 'chat:start', { name: 'Rita' })).chat.id;
    expect((await ask(onNode1, 'chat:message', { chatId, clientId: 'r-1', text: 'one' })).ok).toBe(true);
    onNode1.disconnect();
    const onNode2 = await connectVisitor(node2, 'acme', key);
    expect((await ask(onNode2, 'chat:message', { chatId, clientId: 'r-2', text: 'two' })).ok).toBe(true);
    expect((await ask(onNode2, 'chat:message', { chatId, clientId: 'r-3', text: 'three' })).error.code).toBe('rate_limited');
  });

  async function ownerClient() {
    const owner = new TestClient(node1.app, 'acme.localhost');
    expect((await owner.signIn('owner@acme.test')).statusCode).toBe(200);
    return owner;
  }
});

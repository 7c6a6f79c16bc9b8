import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { connectDatabase } from '../../src/platform/db/connect.ts';
import { createTestDatabase, testDbKind } from '../support/test-database.ts';
import { addUser, ask, connectAgent, connectVisitor, listening, nextEvent, setupAccount, type ChatTest } from './support/chat-test.ts';

/**
 * Two app nodes behind one load balancer: one PostgreSQL database, Socket.IO rooms shared through
 * Redis. Only meaningful on PostgreSQL (SQLite is a single-node store).
 */
describe.skipIf(testDbKind() !== 'postgres')('two nodes sharing PostgreSQL and Redis', () => {
  let node1: ChatTest;
  let node2: ChatTest;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const shared = await createTestDatabase();
    dispose = shared.dispose;
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      DATA_DIR: '/nonexistent',
      OUTBOX_POLL_MS: '0',
      CHAT_ROUTING_SWEEP_MS: '0',
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      // Channels of this run only: other runs on the same Redis stay out.
      REDIS_PREFIX: `test-${crypto.randomBytes(4).toString('hex')}`,
    });
    const secondDb = connectDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: '', schema: shared.db.schema! });
    const app1 = await buildApp(config, { db: shared.db, migrated: true });
    const app2 = await buildApp(config, { db: secondDb, migrated: true });
    node1 = await listening({ app: app1, db: shared.db, config, close: () => app1.close() });
    node2 = await listening({ app: app2, db: secondDb, config, close: async () => {
      await app2.close();
      await secondDb.close();
    } });
    const { owner } = await setupAccount(node1, 'acme');
    await addUser(owner, 'Ana Agent', 'ana@acme.test');
    await addUser(owner, 'Ben Agent', 'ben@acme.test');
  });
  afterAll(async () => {
    await node1?.close();
    await node2?.close();
    await dispose?.();
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
});

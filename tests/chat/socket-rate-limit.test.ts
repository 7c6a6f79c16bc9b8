import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatDb } from '../../src/chat/chat-tables.ts';
import { ask, collect, connectAgent, connectVisitor, disconnectAll, freshAccount, newVisitorKey, settle, startChatTest, type ChatTest } from './support/chat-test.ts';

/** Three messages (a chat start counts as one) and two typing notices a minute per visitor or agent. */
const LIMITS = { CHAT_MESSAGES_PER_MINUTE: '3', CHAT_TYPING_PER_MINUTE: '2' };
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const storedMessages = async (t: ChatTest, chatId: string) =>
  (await chatDb(t.db).selectFrom('chat_messages').select('text').where('chat_id', '=', chatId).where('type', '=', 'chat.msg').orderBy('seq').execute()).map((r) => r.text);

describe('rate limits on socket events', () => {
  let t: ChatTest;
  beforeAll(async () => {
    t = await startChatTest(LIMITS);
  });
  afterEach(() => disconnectAll(t));
  afterAll(() => t.close());

  it('refuses a visitor’s messages past the limit with rate_limited, over all their tabs, and stores nothing', async () => {
    const acme = await freshAccount(t);
    await connectAgent(t, acme.sub, acme.email('owner'));
    const key = newVisitorKey();
    const tab1 = await connectVisitor(t, acme.sub, key);
    const tab2 = await connectVisitor(t, acme.sub, key);
    const chatId = (await ask(tab1, 'chat:start', { name: 'Vera' })).chat.id; // 1
    expect((await ask(tab1, 'chat:message', { chatId, clientId: 'm-1', text: 'one' })).ok).toBe(true); // 2
    expect((await ask(tab2, 'chat:message', { chatId, clientId: 'm-2', text: 'two' })).ok).toBe(true); // 3
    const refused = await ask(tab2, 'chat:message', { chatId, clientId: 'm-3', text: 'three' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'rate_limited', message: expect.stringMatching(/too fast.*Wait \d+ seconds/), retryAfterSeconds: expect.any(Number) },
    });
    expect(refused.error.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.error.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await ask(tab1, 'offline:send', { name: 'Vera', email: 'vera@example.com', message: 'hello?' })).error.code).toBe('rate_limited');
    expect(await storedMessages(t, chatId)).toEqual(['one', 'two']);

    // Other requests still work, and other visitors are not affected.
    expect((await ask(tab1, 'chat:history', { chatId })).ok).toBe(true);
    const other = await connectVisitor(t, acme.sub);
    expect((await ask(other, 'chat:start', { name: 'Otto', message: { clientId: 'o-1', text: 'hi' } })).ok).toBe(true);
  });

  it('limits an agent’s messages in each chat and drops typing notices past the limit', async () => {
    const acme = await freshAccount(t);
    const agent = await connectAgent(t, acme.sub, acme.email('owner'));
    const visitor = await connectVisitor(t, acme.sub);
    const chatId = (await ask(visitor, 'chat:start', { name: 'Vera' })).chat.id;
    expect((await ask(agent, 'chat:serve', { chatId })).ok).toBe(true);
    for (const n of [1, 2, 3]) expect((await ask(agent, 'chat:message', { chatId, clientId: `a-${n}`, text: `answer ${n}` })).ok).toBe(true);
    expect((await ask(agent, 'chat:message', { chatId, clientId: 'a-4', text: 'answer 4' })).error.code).toBe('rate_limited');
    // Serving several chats at once is normal: each chat has its own count.
    const other = await connectVisitor(t, acme.sub);
    const otherChat = (await ask(other, 'chat:start', { name: 'Otto' })).chat.id;
    expect((await ask(agent, 'chat:serve', { chatId: otherChat })).ok).toBe(true);
    expect((await ask(agent, 'chat:message', { chatId: otherChat, clientId: 'o-1', text: 'hello Otto' })).ok).toBe(true);

    const heard = collect(agent, 'chat:typing');
    for (const typing of [true, false, true, false, true]) visitor.emit('chat:typing', { chatId, typing });
    await settle(300);
    expect(heard).toEqual([
      { chatId, typing: true },
      { chatId, typing: false },
    ]);
  });
});

describe('rate limits counted in Redis', () => {
  let t: ChatTest;
  let redis: Redis;
  const prefix = `test-${crypto.randomBytes(4).toString('hex')}`;
  beforeAll(async () => {
    t = await startChatTest({ ...LIMITS, REDIS_URL, REDIS_PREFIX: prefix });
    redis = new Redis(REDIS_URL);
  });
  afterEach(() => disconnectAll(t));
  afterAll(async () => {
    await t.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('keeps each visitor’s count in Redis, so every node sees it', async () => {
    const acme = await freshAccount(t);
    await connectAgent(t, acme.sub, acme.email('owner'));
    const visitor = await connectVisitor(t, acme.sub);
    const { chat } = await ask(visitor, 'chat:start', { name: 'Vera' });
    await ask(visitor, 'chat:message', { chatId: chat.id, clientId: 'm-1', text: 'one' });
    const visitorId = (await ask(visitor, 'visitor:hello')).visitor.id;
    expect(await redis.get(`${prefix}:chat-messages:limit:visitor:${visitorId}`)).toBe('2');
    expect(await redis.pttl(`${prefix}:chat-messages:limit:visitor:${visitorId}`)).toBeGreaterThan(0);
  });
});

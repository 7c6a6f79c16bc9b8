import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { chatDb } from '../../src/chat/chat-tables.ts';
import { ask, collect, connectAgent, connectVisitor, disconnectAll, freshAccount, newVisitorKey, nextEvent, settle, startChatTest, type ChatTest } from './support/chat-test.ts';

let t: ChatTest;
let sub: string;
let agent: Socket;
beforeAll(async () => {
  t = await startChatTest();
});
beforeEach(async () => {
  const acme = await freshAccount(t);
  sub = acme.sub;
  agent = await connectAgent(t, sub, acme.email('owner'));
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

async function servedChat(visitor: Socket) {
  const { chat } = await ask(visitor, 'chat:start', { name: 'Vera' });
  expect((await ask(agent, 'chat:serve', { chatId: chat.id })).ok).toBe(true);
  return chat.id as string;
}

const countMessages = async (chatId: string) =>
  chatDb(t.db).selectFrom('chat_messages').select((eb) => eb.fn.countAll<number>().as('n')).where('chat_id', '=', chatId).executeTakeFirstOrThrow();

describe('delivery guarantees (ARCHITECTURE.md)', () => {
  it('a resend with the same client id returns the stored message and stores nothing twice', async () => {
    const visitor = await connectVisitor(t, sub);
    const chatId = await servedChat(visitor);
    const agentLog = collect(agent, 'chat:log');

    const first = await ask(visitor, 'chat:message', { chatId, clientId: 'msg-1', text: 'Is <b>this</b> in stock?' });
    expect(first).toMatchObject({ ok: true, duplicate: false, entry: { clientId: 'msg-1', text: 'Is <b>this</b> in stock?', author: { kind: 'visitor', name: 'Vera' } } });
    const again = await ask(visitor, 'chat:message', { chatId, clientId: 'msg-1', text: 'Is <b>this</b> in stock?' });
    expect(again).toMatchObject({ ok: true, duplicate: true, entry: { seq: first.entry.seq } });
    // Two resends racing each other still store one.
    const racing = await Promise.all([1, 2, 3].map(() => ask(visitor, 'chat:message', { chatId, clientId: 'msg-2', text: 'Hello?' })));
    expect(new Set(racing.map((r) => r.entry.seq)).size).toBe(1);
    await settle();
    expect(agentLog.filter((e) => e.type === 'chat.msg').map((e) => e.clientId)).toEqual(['msg-1', 'msg-2']);
    expect(Number((await countMessages(chatId)).n)).toBe(4); // visitor joined, agent joined, two messages

    // A client id is the sender's own: the agent cannot overwrite or read the visitor's through it.
    expect((await ask(agent, 'chat:message', { chatId, clientId: 'msg-1', text: 'x' })).error.code).toBe('client_id_taken');
  });

  it('a visitor who reconnects gets exactly the messages missed, in order', async () => {
    const key = newVisitorKey();
    const visitor = await connectVisitor(t, sub, key);
    const chatId = await servedChat(visitor);
    const mine = await ask(visitor, 'chat:message', { chatId, clientId: 'v-1', text: 'one' });
    const seen = mine.entry.seq;

    visitor.disconnect();
    const sent: number[] = [];
    for (const text of ['two', 'three', 'four']) sent.push((await ask(agent, 'chat:message', { chatId, clientId: `a-${text}`, text })).entry.seq);

    const back = await connectVisitor(t, sub, key);
    const live = collect(back, 'chat:log');
    const hello = await ask(back, 'visitor:hello', { lastSeq: seen });
    expect(hello.chat).toMatchObject({ id: chatId, status: 'active' });
    expect(hello.entries.map((e: any) => [e.seq, e.text])).toEqual([
      [sent[0], 'two'],
      [sent[1], 'three'],
      [sent[2], 'four'],
    ]);
    expect(hello.hasMore).toBe(false);
    // The same through chat:history, and nothing more arrives on its own.
    expect((await ask(back, 'chat:history', { chatId, afterSeq: sent[1] })).entries.map((e: any) => e.text)).toEqual(['four']);
    await settle();
    expect(live).toEqual([]);
    // And the reconnected socket is back in the chat.
    const next = nextEvent(back, 'chat:log');
    await ask(agent, 'chat:message', { chatId, clientId: 'a-five', text: 'five' });
    expect((await next).seq).toBe(sent[2]! + 1);
  });

  it('a visitor whose chat ended while they were away gets its last words and the end on reconnect', async () => {
    const key = newVisitorKey();
    const visitor = await connectVisitor(t, sub, key);
    const chatId = await servedChat(visitor);
    const seen = (await ask(visitor, 'chat:message', { chatId, clientId: 'v-1', text: 'brb' })).entry.seq;
    visitor.disconnect();
    await ask(agent, 'chat:message', { chatId, clientId: 'a-bye', text: 'Bye for now' });
    await ask(agent, 'chat:end', { chatId });

    const back = await connectVisitor(t, sub, key);
    const hello = await ask(back, 'visitor:hello', { lastSeq: seen, chatId });
    expect(hello.chat).toMatchObject({ id: chatId, status: 'ended' });
    expect(hello.entries.map((e: any) => [e.type, e.text])).toEqual([
      ['chat.msg', 'Bye for now'],
      ['chat.ended', ''],
    ]);
    // Without the chat id (a new page), or with another visitor's, there is no chat to resume.
    expect((await ask(back, 'visitor:hello', { lastSeq: seen })).chat).toBeNull();
    const stranger = await connectVisitor(t, sub);
    expect(await ask(stranger, 'visitor:hello', { chatId })).toMatchObject({ chat: null, entries: [] });
  });

  it('keeps each chat in order while many messages arrive at once', async () => {
    const visitor = await connectVisitor(t, sub);
    const chatId = await servedChat(visitor);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => ask(i % 2 ? agent : visitor, 'chat:message', { chatId, clientId: `m-${i}`, text: `#${i}` })),
    );
    expect(answers.every((a) => a.ok)).toBe(true);
    const log = (await ask(agent, 'chat:history', { chatId })).entries;
    expect(log.map((e: any) => e.seq)).toEqual(log.map((_: unknown, i: number) => i + 1));
    // Each sender's own messages keep the order they were sent in.
    const visitorOrder = log.filter((e: any) => e.author.kind === 'visitor' && e.type === 'chat.msg').map((e: any) => Number(e.text.slice(1)));
    expect(visitorOrder).toEqual([...visitorOrder].sort((a, b) => a - b));
  });

  it('refuses messages to chats that are not the sender’s, or ended', async () => {
    const visitor = await connectVisitor(t, sub);
    const chatId = await servedChat(visitor);
    const stranger = await connectVisitor(t, sub);
    expect((await ask(stranger, 'chat:message', { chatId, clientId: 'x-1', text: 'hi' })).error.code).toBe('not_found');
    expect((await ask(visitor, 'chat:message', { chatId, clientId: 'x-2', text: '   ' })).error.code).toBe('validation_failed');
    await ask(visitor, 'chat:end', { chatId });
    expect((await ask(visitor, 'chat:message', { chatId, clientId: 'x-3', text: 'late' })).error.code).toBe('chat_ended');
    expect((await ask(agent, 'chat:message', { chatId, clientId: 'x-4', text: 'late' })).error.code).toBe('chat_ended');
  });
});

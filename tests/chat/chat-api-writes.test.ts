import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chatDb } from '../../src/chat/chat-tables.ts';
import { PASSWORD, TestClient } from '../support/test-app.ts';
import { addUser, ask, connectAgent, connectVisitor, disconnectAll, nextEvent, setupAccount, startChatTest, type ChatTest } from './support/chat-test.ts';

/** The Chat REST API's writes (chat-api.md 1.4): what an admin's token may change, in Zendesk's shapes. */
let t: ChatTest;
let owner: TestClient;
let writeToken: string;
let readToken: string;
let agentToken: string;
let otherToken: string;
let anaId: number;

async function tokenFor(client: TestClient, scopes: string[]) {
  const res = await client.post('/api/tokens', { name: 'chat api', scopes });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().secret as string;
}

beforeAll(async () => {
  t = await startChatTest();
  ({ owner } = await setupAccount(t, 'acme'));
  const other = await setupAccount(t, 'other');
  anaId = (await addUser(owner, 'Ana Agent', 'ana@acme.test')).id;
  writeToken = await tokenFor(owner, ['read', 'write']);
  readToken = await tokenFor(owner, ['read']);
  const ana = new TestClient(t.app, 'acme.localhost');
  await ana.signIn('ana@acme.test');
  agentToken = await tokenFor(ana, ['read', 'write']);
  otherToken = await tokenFor(other.owner, ['read', 'write']);
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, token: string | null, body?: unknown, host = 'acme.localhost') {
  return t.app.inject({
    method,
    url: `/api/v2/chat${url}`,
    headers: { host, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
}

/** A chat Ana served, and whether it has ended. */
async function chatWith(text: string, end: boolean) {
  const agent = await connectAgent(t, 'acme', 'ana@acme.test');
  const visitor = await connectVisitor(t, 'acme');
  const { chat } = await ask(visitor, 'chat:start', { name: 'Vera', message: { clientId: 'v-1', text } });
  await ask(agent, 'chat:serve', { chatId: chat.id });
  if (end) await ask(agent, 'chat:end', { chatId: chat.id });
  return { chatId: chat.id as string, visitor, agent };
}

describe('Chat REST API writes', () => {
  it('need an admin’s token with the write scope, answered in Zendesk’s error shape', async () => {
    const { chatId } = await chatWith('scopes', true);
    for (const [token, status, error] of [
      [null, 401, 'Unauthorized'],
      [otherToken, 401, 'Unauthorized'],
      [readToken, 403, 'Forbidden'],
      [agentToken, 403, 'Forbidden'],
    ] as const) {
      const res = await call('PUT', `/chats/${chatId}`, token, { tags: ['vip'] });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json()).toEqual({ error, description: expect.any(String) });
    }
    expect((await call('PUT', `/chats/${chatId}`, readToken, { tags: ['vip'] })).json().description).toMatch(/write scope/);
  });

  it('tags a chat and marks an offline message read, refusing what does not apply', async () => {
    const { chatId, visitor } = await chatWith('tag me', true);
    const tagged = await call('PUT', `/chats/${chatId}`, writeToken, { tags: ['vip', 'boots', 'vip'] });
    expect(tagged.statusCode, tagged.body).toBe(200);
    expect(tagged.json()).toMatchObject({ id: chatId, type: 'chat', tags: ['vip', 'boots'] });
    expect((await call('GET', `/chats/${chatId}`, readToken)).json().tags).toEqual(['vip', 'boots']);

    const badTag = await call('PUT', `/chats/${chatId}`, writeToken, { tags: ['no spaces'] });
    expect(badTag.statusCode).toBe(422);
    expect(badTag.json()).toEqual({ error: 'Unprocessable Entity', description: expect.stringMatching(/tags/) });
    expect((await call('PUT', `/chats/${chatId}`, writeToken, { unread: false })).statusCode).toBe(422);
    expect((await call('PUT', `/chats/${chatId}`, writeToken, { rating: 'good' })).statusCode).toBe(422);
    expect((await call('PUT', '/chats/nothing-here', writeToken, { tags: [] })).statusCode).toBe(404);

    const offlineId = (await ask(visitor, 'offline:send', { name: 'Vera', email: 'vera@example.com', message: 'Call me' })).offlineMessage.id;
    const read = await call('PUT', `/chats/${offlineId}`, writeToken, { unread: false });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ id: offlineId, type: 'offline_msg', unread: false });
    expect((await call('PUT', `/chats/${offlineId}`, writeToken, { tags: ['x'] })).statusCode).toBe(422);
  });

  it('deletes ended chats with their transcripts and offline messages, never an open chat', async () => {
    const open = await chatWith('still talking', false);
    const conflict = await call('DELETE', `/chats/${open.chatId}`, writeToken);
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toEqual({ error: 'Conflict', description: expect.stringMatching(/End it before deleting it/) });
    await ask(open.agent, 'chat:end', { chatId: open.chatId });

    const ended = await chatWith('delete me', true);
    const offlineId = (await ask(ended.visitor, 'offline:send', { name: 'Vera', email: 'vera@example.com', message: 'Bye' })).offlineMessage.id;
    expect((await call('DELETE', `/chats/${ended.chatId}`, writeToken)).statusCode).toBe(204);
    expect((await call('GET', `/chats/${ended.chatId}`, readToken)).statusCode).toBe(404);
    const left = await chatDb(t.db).selectFrom('chat_messages').select('id').where('chat_id', '=', ended.chatId).execute();
    expect(left).toEqual([]);
    expect((await call('DELETE', `/chats/${ended.chatId}`, writeToken)).statusCode).toBe(404);

    expect((await call('DELETE', `/chats?ids=${offlineId},${open.chatId},missing`, writeToken)).statusCode).toBe(204);
    expect((await call('GET', `/chats?ids=${offlineId},${open.chatId}`, readToken)).json().count).toBe(0);
    const events = await t.db.kysely.selectFrom('outbox').select('payload').where('type', '=', 'chat.deleted').orderBy('id').execute();
    expect(events.map((e) => JSON.parse(e.payload)).map((p) => [p.chatId, p.type])).toEqual([
      [ended.chatId, 'chat'],
      [open.chatId, 'chat'],
      [offlineId, 'offline_msg'],
    ]);
  });

  it('adds, changes and removes agents; a disabled agent’s socket closes at once', async () => {
    const department = (await call('POST', '/departments', writeToken, { name: 'Sales' })).json();
    const created = await call('POST', '/agents', writeToken, {
      first_name: 'Bea',
      last_name: 'Brown',
      email: 'bea@acme.test',
      password: PASSWORD,
      departments: [department.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const bea = created.json();
    expect(bea).toMatchObject({ display_name: 'Bea Brown', email: 'bea@acme.test', enabled: 1, role_id: 3, departments: [department.id] });
    expect((await call('GET', `/departments/${department.id}`, readToken)).json().members).toEqual([bea.id]);
    expect((await call('POST', '/agents', writeToken, { display_name: 'Again', email: 'bea@acme.test', password: 'another password' })).statusCode).toBe(409);
    expect((await call('POST', '/agents', writeToken, { display_name: 'Boss', email: 'boss@acme.test', password: 'boss password', role_id: 1 })).statusCode).toBe(422);
    expect((await call('POST', '/agents', writeToken, { display_name: 'Nobody', email: 'nobody@acme.test' })).statusCode).toBe(422);

    // Bea signs in with the password given and is an agent.
    const socket = await connectAgent(t, 'acme', 'bea@acme.test');
    const promoted = await call('PUT', `/agents/${bea.id}`, writeToken, { role_id: 2, display_name: 'Bea B. Brown' });
    expect(promoted.json()).toMatchObject({ display_name: 'Bea B. Brown', role_id: 2, roles: { administrator: true, owner: false } });
    expect((await ask(socket, 'agent:hello')).me.role).toBe('admin');
    const closed = nextEvent(socket, 'disconnect', () => true, 2000);
    expect((await call('PUT', `/agents/${bea.id}`, writeToken, { enabled: 0 })).json().enabled).toBe(0);
    expect(await closed).toBe('io server disconnect');
    expect((await call('PUT', `/agents/${bea.id}`, writeToken, { enabled: true })).json().enabled).toBe(1);

    expect((await call('DELETE', `/agents/${bea.id}`, writeToken)).statusCode).toBe(204);
    expect((await call('GET', `/agents/${bea.id}`, readToken)).statusCode).toBe(404);
    expect((await call('GET', `/departments/${department.id}`, readToken)).json().members).toEqual([]);
    const user = (await owner.get(`/api/users/${bea.id}`)).json().user;
    expect(user).toMatchObject({ email: 'bea@acme.test', chatRole: 'none' });
    // The owner keeps the role until ownership is handed over; an agent of another account is not found.
    const me = (await call('GET', '/agents/me', writeToken)).json();
    expect((await call('DELETE', `/agents/${me.id}`, writeToken)).statusCode).toBe(422);
    expect((await call('PUT', `/agents/${anaId}`, otherToken, { enabled: 0 }, 'other.localhost')).statusCode).toBe(404);
  });

  it('creates, changes and deletes departments', async () => {
    const created = await call('POST', '/departments', writeToken, { name: 'Support', description: 'Help', members: [anaId] });
    expect(created.statusCode, created.body).toBe(201);
    const support = created.json();
    expect(support).toMatchObject({ name: 'Support', description: 'Help', enabled: 1, members: [anaId] });
    expect((await call('POST', '/departments', writeToken, { name: 'support' })).statusCode).toBe(409);
    expect((await call('POST', '/departments', writeToken, { name: 'Ghosts', members: [999999] })).statusCode).toBe(422);
    const changed = await call('PUT', `/departments/${support.id}`, writeToken, { enabled: 0, members: [] });
    expect(changed.json()).toMatchObject({ name: 'Support', enabled: 0, members: [] });
    expect((await call('DELETE', `/departments/${support.id}`, writeToken)).statusCode).toBe(204);
    expect((await call('GET', `/departments/${support.id}`, readToken)).statusCode).toBe(404);
    expect((await call('DELETE', `/departments/${support.id}`, writeToken)).statusCode).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, ask, connectAgent, connectVisitor, setupAccount, startChatTest, type ChatTest } from './support/chat-test.ts';
import { TestClient } from '../support/test-app.ts';

let t: ChatTest;
let adminToken: string;
let agentToken: string;
let otherToken: string;
let chatId: string;
let offlineId: string;
let otherChatId: string;
let visitorId: string;

async function tokenFor(client: TestClient) {
  return (await client.post('/api/tokens', { name: 'chat api', scopes: ['read'] })).json().secret as string;
}

/** One served, rated chat and one offline message on acme; one chat on other. */
beforeAll(async () => {
  t = await startChatTest();
  const { owner } = await setupAccount(t, 'acme');
  const other = await setupAccount(t, 'other');
  await addUser(owner, 'Ana Agent', 'ana@acme.test');
  adminToken = await tokenFor(owner);
  const ana = new TestClient(t.app, 'acme.localhost');
  await ana.signIn('ana@acme.test');
  agentToken = await tokenFor(ana);
  otherToken = await tokenFor(other.owner);

  const agent = await connectAgent(t, 'acme', 'ana@acme.test');
  const visitor = await connectVisitor(t, 'acme');
  const started = await ask(visitor, 'chat:start', { name: 'Vera Visitor', email: 'vera@example.com', message: { clientId: 'v1', text: 'Looking for hiking boots' } });
  chatId = started.chat.id;
  await ask(agent, 'chat:serve', { chatId });
  await ask(agent, 'chat:message', { chatId, clientId: 'a1', text: 'We have three models' });
  await ask(visitor, 'chat:rate', { chatId, rating: 'bad' });
  await ask(agent, 'chat:end', { chatId });
  agent.disconnect();
  offlineId = (await ask(visitor, 'offline:send', { name: 'Vera Visitor', email: 'vera@example.com', message: 'Call me about tents' })).offlineMessage.id;

  const otherAgent = await connectAgent(t, 'other', 'owner@other.test');
  const otherVisitor = await connectVisitor(t, 'other');
  otherChatId = (await ask(otherVisitor, 'chat:start', { name: 'Olga', message: { clientId: 'o1', text: 'hiking boots?' } })).chat.id;
  otherAgent.disconnect();
  visitorId = String((await ask(visitor, 'visitor:hello')).visitor.id);
});
afterAll(() => t.close());

const get = (url: string, token?: string, host = 'acme.localhost') =>
  t.app.inject({ method: 'GET', url: `/api/v2/chat${url}`, headers: { host, ...(token ? { authorization: `Bearer ${token}` } : {}) } });

describe('Chat REST API (A-11)', () => {
  it('answers 401/403 in Zendesk’s error shape', async () => {
    for (const [res, status, error] of [
      [await get('/chats'), 401, 'Unauthorized'],
      [await get('/chats', 'f'.repeat(64)), 401, 'Unauthorized'],
      [await get('/chats', otherToken), 401, 'Unauthorized'],
      [await get('/chats', agentToken), 403, 'Forbidden'],
      [await get('/nothing-here', adminToken), 404, 'Not Found'],
    ] as const) {
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json()).toEqual({ error, description: expect.any(String) });
    }
  });

  it('lists chats and offline messages with next_url paging', async () => {
    const first = (await get('/chats?limit=1', adminToken)).json();
    expect(first).toMatchObject({ count: 2, chats: [{ id: offlineId, type: 'offline_msg', message: 'Call me about tents' }] });
    expect(first.next_url).toBe('http://acme.localhost/api/v2/chat/chats?page=2&limit=1');
    const second = (await get(new URL(first.next_url).pathname.replace('/api/v2/chat', '') + new URL(first.next_url).search, adminToken)).json();
    expect(second.chats.map((c: any) => c.id)).toEqual([chatId]);
    expect(second.next_url).toBeNull();
  });

  it('shows a chat as Zendesk does, built from its log', async () => {
    const chat = (await get(`/chats/${chatId}`, adminToken)).json();
    expect(chat).toMatchObject({
      id: chatId,
      type: 'chat',
      visitor: { id: visitorId, name: 'Vera Visitor', email: 'vera@example.com' },
      started_by: 'visitor',
      missed: false,
      rating: 'bad',
      count: { total: 2, agent: 1, visitor: 1 },
      agent_names: ['Ana Agent'],
      response_time: { first: expect.any(Number) },
      end_timestamp: expect.any(String),
      duration: expect.any(Number),
    });
    expect(chat.agent_ids).toEqual([expect.stringMatching(/^\d+$/)]);
    expect(chat.history.map((h: any) => h.type)).toEqual(['chat.memberjoin', 'chat.msg', 'chat.memberjoin', 'chat.msg', 'chat.rating', 'chat.ended']);
    expect(chat.history[1]).toMatchObject({ msg: 'Looking for hiking boots', nick: `visitor:${visitorId}`, msg_id: 'v1' });
  });

  it('gets chats in bulk, and nothing of another account', async () => {
    const bulk = (await get(`/chats?ids=${chatId},${offlineId},${otherChatId},missing`, adminToken)).json();
    expect(bulk.count).toBe(2);
    expect(Object.keys(bulk.docs).sort()).toEqual([chatId, offlineId].sort());
    expect((await get(`/chats/${otherChatId}`, adminToken)).statusCode).toBe(404);
    expect((await get(`/chats/${chatId}`, otherToken, 'other.localhost')).statusCode).toBe(404);
  });

  it('searches by type, timestamp range and free text', async () => {
    const search = async (q: string) => (await get(`/chats/search?q=${encodeURIComponent(q)}`, adminToken)).json();
    const boots = await search('hiking boots');
    expect(boots).toMatchObject({ count: 1, results: [{ id: chatId, type: 'chat', preview: 'Looking for hiking boots' }], next_url: null });
    expect(boots.results[0].url).toBe(`http://acme.localhost/api/v2/chat/chats/${chatId}`);
    expect((await search('type:offline_msg')).results.map((r: any) => r.id)).toEqual([offlineId]);
    expect((await search('type:chat AND vera@example')).results.map((r: any) => r.id)).toEqual([chatId]);
    const year = new Date().getUTCFullYear();
    expect((await search(`timestamp:[${year}-01-01T00:00:00Z TO *]`)).count).toBe(2);
    expect((await search(`timestamp:[2000-01-01T00:00:00Z TO 2000-12-31T00:00:00Z]`)).count).toBe(0);
    expect((await search('end_timestamp:[* TO *] tents')).count).toBe(0);
    const bad = await get(`/chats/search?q=${encodeURIComponent('timestamp:[yesterday TO *]')}`, adminToken);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('Bad Request');
  });

  it('serves agents, visitors, departments and the account', async () => {
    const agents = (await get('/agents', adminToken)).json();
    expect(agents.map((a: any) => [a.display_name, a.roles.owner])).toEqual([
      ['acme Owner', true],
      ['Ana Agent', false],
    ]);
    expect((await get(`/agents?since_id=${agents[1].id}`, adminToken)).json()).toHaveLength(1);
    expect((await get('/agents/me', adminToken)).json().email).toBe('owner@acme.test');
    expect((await get(`/visitors/${visitorId}`, adminToken)).json()).toMatchObject({ id: visitorId, name: 'Vera Visitor' });
    expect((await get(`/visitors/${visitorId}`, otherToken, 'other.localhost')).statusCode).toBe(404);
    expect((await get('/departments', adminToken)).json()).toEqual([]);
    expect((await get('/account', adminToken)).json()).toMatchObject({ account_key: 'acme', plan: { name: 'team', rest_api: true } });
  });
});

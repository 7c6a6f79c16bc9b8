import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TestClient } from '../support/test-app.ts';
import { addUser, ask, collect, connectAgent, connectVisitor, disconnectAll, freshAccount, nextEvent, settle, startChatTest, type ChatTest } from './support/chat-test.ts';

let t: ChatTest;
let acme: Awaited<ReturnType<typeof freshAccount>>;
let owner: TestClient;
let ana: TestClient;
let anaId: number;
let benId: number;
beforeAll(async () => {
  t = await startChatTest();
});
beforeEach(async () => {
  acme = await freshAccount(t, ['Ana Agent', 'Ben Agent']);
  owner = acme.owner;
  anaId = acme.ids.ana!;
  benId = acme.ids.ben!;
  await addUser(owner, 'Sam Seller', acme.email('sam'), 'none');
  ana = new TestClient(t.app, `${acme.sub}.localhost`);
  await ana.signIn(acme.email('ana'));
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

describe('agent dashboard over HTTP', () => {
  it('lets every agent read settings and only Chat admins change them', async () => {
    expect((await ana.get('/api/chat/settings')).json().settings).toMatchObject({ routingMode: 'broadcast', chatLimit: 0 });
    expect((await ana.patch('/api/chat/settings', { chatLimit: 3 })).statusCode).toBe(403);
    const sam = new TestClient(t.app, `${acme.sub}.localhost`);
    await sam.signIn(acme.email('sam'));
    expect((await sam.get('/api/chat/settings')).json().error.code).toBe('forbidden');

    const saved = await owner.patch('/api/chat/settings', { routingMode: 'assigned', chatLimit: 20, widget: { color: '#AA3300', greeting: 'Hej!' } });
    expect(saved.json().settings).toMatchObject({ routingMode: 'assigned', chatLimit: 20, widget: { color: '#aa3300', greeting: 'Hej!', prechat: { phone: 'hidden' } } });
    const invalid = await owner.patch('/api/chat/settings', { chatLimit: 21, widget: { color: 'red' }, surprise: 1 });
    expect(invalid.statusCode).toBe(422);
  });

  it('manages departments, and routes a department’s chats to its members only', async () => {
    const created = await owner.post('/api/chat/departments', { name: 'Sales', memberIds: [benId] });
    expect(created.json().department).toMatchObject({ name: 'Sales', enabled: true, memberIds: [benId] });
    const id = created.json().department.id;
    expect((await owner.post('/api/chat/departments', { name: 'sales' })).json().error.code).toBe('department_name_taken');
    expect((await owner.post('/api/chat/departments', { name: 'Ghosts', memberIds: [999999] })).statusCode).toBe(422);
    expect((await ana.post('/api/chat/departments', { name: 'Mine' })).statusCode).toBe(403);

    const anaSocket = await connectAgent(t, acme.sub, acme.email('ana'));
    const benSocket = await connectAgent(t, acme.sub, acme.email('ben'));
    const anaSees = collect(anaSocket, 'chat:incoming');
    const visitor = await connectVisitor(t, acme.sub);
    expect((await ask(visitor, 'visitor:hello')).widget.departments).toEqual([{ id, name: 'Sales' }]);
    const benSees = nextEvent(benSocket, 'chat:incoming');
    await ask(visitor, 'chat:start', { departmentId: id });
    expect((await benSees).department).toEqual({ id, name: 'Sales' });
    await settle();
    expect(anaSees).toEqual([]);

    expect((await owner.patch(`/api/chat/departments/${id}`, { enabled: false, memberIds: [] })).json().department).toMatchObject({ enabled: false, memberIds: [] });
    expect((await owner.delete(`/api/chat/departments/${id}`)).statusCode).toBe(204);
    expect((await owner.delete(`/api/chat/departments/${id}`)).statusCode).toBe(404);
  });

  it('keeps the agent status set over HTTP and lists agents with it', async () => {
    expect((await ana.request('PUT', '/api/chat/status', { status: 'away' })).json()).toEqual({ status: 'away' });
    const agents = (await ana.get('/api/chat/agents')).json().agents;
    expect(agents.map((a: any) => [a.name, a.status, a.available])).toEqual([
      [`${acme.sub} Owner`, 'online', false],
      ['Ana Agent', 'away', false],
      ['Ben Agent', 'online', false],
    ]);
    const socket = await connectAgent(t, acme.sub, acme.email('ana'));
    expect((await ask(socket, 'agent:hello')).me).toMatchObject({ id: anaId, status: 'away', available: false });
  });

  it('searches past chats by visitor, text, agent and date, with the transcript', async () => {
    const agent = await connectAgent(t, acme.sub, acme.email('ana'));
    for (const [name, email, text] of [
      ['Vera Visitor', 'vera@example.com', 'Where is my <b>order</b>?'],
      ['Walt Walker', 'walt@example.com', 'Do you ship to Oslo?'],
    ] as const) {
      const visitor = await connectVisitor(t, acme.sub);
      const { chat } = await ask(visitor, 'chat:start', { name, email, message: { clientId: 'm1', text } });
      await ask(agent, 'chat:serve', { chatId: chat.id });
      await ask(agent, 'chat:end', { chatId: chat.id });
    }
    const search = async (query: string) => (await ana.get(`/api/chat/history?${query}`)).json();
    expect((await search('visitor=walt')).items.map((i: any) => i.chat.visitor.name)).toEqual(['Walt Walker']);
    const byText = await search('q=order');
    expect(byText).toMatchObject({ total: 1, hasMore: false, items: [{ type: 'chat', preview: 'Where is my <b>order</b>?' }] });
    expect((await search(`agentId=${anaId}`)).total).toBe(2);
    expect((await search(`agentId=${benId}`)).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search(`from=${today}&to=${today}&perPage=1`)).hasMore).toBe(true);
    expect((await search('from=2001-01-01&to=2001-12-31')).total).toBe(0);
    expect((await ana.get('/api/chat/history?from=yesterday')).statusCode).toBe(422);

    const transcript = (await ana.get(`/api/chat/chats/${byText.items[0].chat.id}`)).json();
    expect(transcript.log.map((e: any) => e.type)).toEqual(['chat.memberjoin', 'chat.msg', 'chat.memberjoin', 'chat.ended']);
    expect(transcript.log[1].text).toBe('Where is my <b>order</b>?');
  });
});

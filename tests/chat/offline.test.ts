import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestClient } from '../support/test-app.ts';
import { ask, connectAgent, connectVisitor, disconnectAll, freshAccount, newVisitorKey, nextEvent, startChatTest, type ChatTest } from './support/chat-test.ts';

let t: ChatTest;
let acme: Awaited<ReturnType<typeof freshAccount>>;
let owner: TestClient;
beforeAll(async () => {
  t = await startChatTest();
});
beforeEach(async () => {
  acme = await freshAccount(t);
  owner = acme.owner;
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

describe('nobody online → offline messages (A-7)', () => {
  it('the widget is told to offer the offline form, and the message reaches agents', async () => {
    const visitor = await connectVisitor(t, acme.sub);
    const hello = await ask(visitor, 'visitor:hello');
    expect(hello.widget.accountStatus).toBe('offline');
    const refused = await ask(visitor, 'chat:start', { name: 'Vera' });
    expect(refused.error.code).toBe('agents_offline');

    const sent = await ask(visitor, 'offline:send', { name: 'Vera', email: 'vera@example.com', message: '<script>alert(1)</script> call me' });
    expect(sent.offlineMessage).toMatchObject({ name: 'Vera', message: '<script>alert(1)</script> call me', unread: true });
    const [event] = (
      await t.db.kysely.selectFrom('outbox').select('payload').where('account_id', '=', acme.account.id).where('type', '=', 'offline_message.created').execute()
    ).map((r) => JSON.parse(r.payload));
    expect(event).toMatchObject({ offlineMessageId: sent.offlineMessage.id, email: 'vera@example.com', message: '<script>alert(1)</script> call me' });

    // An agent who comes online later finds it, and sees new ones arrive live.
    const agent = await connectAgent(t, acme.sub, acme.email('owner'));
    const listed = (await owner.get('/api/chat/offline-messages')).json();
    expect(listed).toMatchObject({ unreadCount: 1, hasMore: false, offlineMessages: [{ id: sent.offlineMessage.id }] });
    const live = nextEvent(agent, 'offline_message:created');
    await ask(visitor, 'offline:send', { name: 'Vera', email: 'vera@example.com', message: 'Second thought' });
    expect((await live).message).toBe('Second thought');

    const read = await owner.patch(`/api/chat/offline-messages/${sent.offlineMessage.id}`, { read: true });
    expect(read.json().offlineMessage).toMatchObject({ unread: false, readAt: expect.any(String) });
    expect((await owner.get('/api/chat/offline-messages?unread=true')).json().offlineMessages.map((m: any) => m.message)).toEqual(['Second thought']);
  });

  it('the offline form works over plain HTTP from another site, with CORS and no credentials', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/chat/widget/offline-messages',
      headers: { host: `${acme.sub}.localhost`, origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-headers'])).toContain('x-visitor-key');

    const post = (body: unknown, key = newVisitorKey()) =>
      t.app.inject({
        method: 'POST',
        url: '/api/chat/widget/offline-messages',
        headers: { host: `${acme.sub}.localhost`, origin: 'https://shop.example', 'content-type': 'application/json', 'x-visitor-key': key },
        payload: JSON.stringify(body),
      });
    const ok = await post({ name: 'Vera', email: 'vera@example.com', phone: '+44 20 7946 0000', message: 'Hello' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    expect(ok.headers['access-control-allow-credentials']).toBeUndefined();
    const bad = await post({ name: '', email: 'nope', message: '' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.map((f: any) => f.field).sort()).toEqual(['email', 'message', 'name']);
    expect((await post({ name: 'V', email: 'v@example.com', message: 'x' }, 'short')).json().error.code).toBe('invalid_visitor_key');

    const config = await t.app.inject({ method: 'GET', url: '/api/chat/widget/config', headers: { host: `${acme.sub}.localhost` } });
    expect(config.json().widget).toMatchObject({ accountStatus: 'offline', color: '#1f73b7', departments: [] });
  });
});

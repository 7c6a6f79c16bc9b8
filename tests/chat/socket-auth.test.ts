import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { addUser, ask, connectAgent, connectVisitor, disconnectAll, freshAccount, sessionCookie, startChatTest, type ChatTest } from './support/chat-test.ts';

let t: ChatTest;
let acme: Awaited<ReturnType<typeof freshAccount>>;
let other: Awaited<ReturnType<typeof freshAccount>>;
beforeAll(async () => {
  t = await startChatTest();
  acme = await freshAccount(t);
  other = await freshAccount(t);
  await addUser(acme.owner, 'Sam Seller', acme.email('sam'), 'none');
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

function refusal(subdomain: string, namespace: string, extra: { headers?: Record<string, string>; auth?: Record<string, unknown> }) {
  const socket = io(`${t.url}${namespace}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { host: `${subdomain}.localhost`, ...extra.headers },
    ...(extra.auth ? { auth: extra.auth } : {}),
  });
  t.sockets.push(socket);
  return new Promise<{ message: string; data: { code: string } }>((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected but should have been refused')));
    socket.once('connect_error', (error: any) => resolve(error));
  });
}

describe('who may open a socket', () => {
  it('lets an agent in with the session cookie of the account, and nobody else', async () => {
    const agent = await connectAgent(t, acme.sub, acme.email('owner'));
    expect((await ask(agent, 'agent:hello')).me).toMatchObject({ role: 'owner', status: 'online', available: true });

    expect((await refusal(acme.sub, '/chat/agent', {})).data.code).toBe('unauthenticated');
    const foreign = await sessionCookie(t, `${other.sub}.localhost`, other.email('owner'));
    expect((await refusal(acme.sub, '/chat/agent', { headers: { cookie: foreign } })).data.code).toBe('unauthenticated');
    const sam = await sessionCookie(t, `${acme.sub}.localhost`, acme.email('sam'));
    const noRole = await refusal(acme.sub, '/chat/agent', { headers: { cookie: sam } });
    expect(noRole.data.code).toBe('forbidden');
    expect(noRole.message).toMatch(/no Chat role/);
  });

  it('refuses the agent namespace from another site, even with a valid cookie', async () => {
    const cookie = await sessionCookie(t, `${acme.sub}.localhost`, acme.email('owner'));
    const error = await refusal(acme.sub, '/chat/agent', { headers: { cookie, origin: 'https://evil.example' } });
    expect(error.data.code).toBe('origin_not_allowed');
  });

  it('lets visitors in from any site with a well-formed key, on a known account only', async () => {
    const visitor = await connectVisitor(t, other.sub);
    const hello = await ask(visitor, 'visitor:hello', { page: { url: 'https://shop.example/pricing', title: 'Pricing' } });
    expect(hello).toMatchObject({ ok: true, chat: null, widget: { accountStatus: 'offline', prechat: { name: 'optional' } } });
    expect((await refusal(acme.sub, '/chat/visitor', { auth: { visitorKey: 'short' } })).data.code).toBe('invalid_visitor_key');
    expect((await refusal('nowhere', '/chat/visitor', { auth: { visitorKey: 'k'.repeat(30) } })).data.code).toBe('account_not_found');
  });

  it('answers cross-origin polling without credentials', async () => {
    const res = await fetch(`${t.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: 'https://shop.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

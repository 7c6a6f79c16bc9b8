import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { io } from 'socket.io-client';
import { systemContext } from '../../src/cli/account-context.ts';
import { resetUserPassword } from '../../src/platform/identity/reset-user-password.ts';
import { PASSWORD } from '../support/test-app.ts';
import { addUser, ask, connectAgent, connectVisitor, disconnectAll, freshAccount, nextEvent, settle, startChatTest, type ChatTest } from './support/chat-test.ts';

/**
 * Sockets are authenticated when they connect; a role change, a deactivation or a sign-out must reach
 * the sockets already open at once, over real Socket.IO connections.
 */
let t: ChatTest;
beforeAll(async () => {
  t = await startChatTest();
});
afterEach(() => disconnectAll(t));
afterAll(() => t.close());

/** A separate sign-in (its own session) of `email`: its cookie and CSRF token. */
async function signIn(host: string, email: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/session', headers: { host, 'content-type': 'application/json' }, payload: JSON.stringify({ email, password: PASSWORD }) });
  expect(res.statusCode, res.body).toBe(200);
  return { cookie: `tandem_session=${res.cookies.find((c) => c.name === 'tandem_session')!.value}`, csrf: res.json().csrfToken as string };
}

/** Resolves with the reason once the server drops the socket; fails if it is still there after `ms`. */
const droppedBy = (socket: Socket, ms = 2000) => nextEvent(socket, 'disconnect', () => true, ms);

function refusalOf(sub: string, cookie: string): Promise<string> {
  const socket = io(`${t.url}/chat/agent`, { transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { host: `${sub}.localhost`, cookie } });
  t.sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('connected but should have been refused')));
    socket.once('connect_error', (error: any) => resolve(error.data.code));
  });
}

describe('open sockets follow changes to their user at once', () => {
  it('disconnects an agent whose Chat role is removed, and keeps other agents connected', async () => {
    const acme = await freshAccount(t, ['Ana Agent', 'Ben Agent']);
    const ana = await connectAgent(t, acme.sub, acme.email('ana'));
    const ben = await connectAgent(t, acme.sub, acme.email('ben'));
    const visitor = await connectVisitor(t, acme.sub);
    const gone = droppedBy(ana);

    const res = await acme.owner.patch(`/api/users/${acme.ids.ana}`, { chatRole: 'none' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await gone).toBe('io server disconnect');
    expect(ana.connected).toBe(false);
    // Without Ana, Ben is still there: the widget stays online, Ben's socket works.
    expect((await ask(visitor, 'visitor:hello')).widget.accountStatus).toBe('online');
    expect((await ask(ben, 'agent:hello')).ok).toBe(true);
    // And coming back is refused.
    const { cookie } = await signIn(`${acme.sub}.localhost`, acme.email('ana'));
    expect(await refusalOf(acme.sub, cookie)).toBe('forbidden');
  });

  it('disconnects a deactivated user everywhere', async () => {
    const acme = await freshAccount(t, ['Ana Agent']);
    const tabs = [await connectAgent(t, acme.sub, acme.email('ana')), await connectAgent(t, acme.sub, acme.email('ana'))];
    const visitor = await connectVisitor(t, acme.sub);
    expect((await ask(visitor, 'visitor:hello')).widget.accountStatus).toBe('online');
    const offline = nextEvent(visitor, 'account:status', (s) => s.status === 'offline');
    const gone = tabs.map((tab) => droppedBy(tab));

    const res = await acme.owner.post(`/api/users/${acme.ids.ana}/deactivate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(await Promise.all(gone)).toEqual(['io server disconnect', 'io server disconnect']);
    // Nobody is left to chat: the widgets hear it.
    expect(await offline).toEqual({ status: 'offline' });
  });

  it('signing out ends the sockets of that session only', async () => {
    const acme = await freshAccount(t, ['Ana Agent']);
    const host = `${acme.sub}.localhost`;
    const laptop = await signIn(host, acme.email('ana'));
    const phone = await signIn(host, acme.email('ana'));
    const onLaptop = await connectAgent(t, acme.sub, acme.email('ana'), { cookie: laptop.cookie });
    const onPhone = await connectAgent(t, acme.sub, acme.email('ana'), { cookie: phone.cookie });
    const gone = droppedBy(onLaptop);

    const res = await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { host, cookie: laptop.cookie, 'x-csrf-token': laptop.csrf } });
    expect(res.statusCode, res.body).toBe(204);
    expect(await gone).toBe('io server disconnect');
    await settle();
    expect(onPhone.connected).toBe(true);
    expect((await ask(onPhone, 'agent:hello')).me.id).toBe(acme.ids.ana);
    expect(await refusalOf(acme.sub, laptop.cookie)).toBe('unauthenticated');
  });

  it('an admin made an agent keeps the socket but loses admin rights on it at once', async () => {
    const acme = await freshAccount(t, ['Ana Agent']);
    const carl = await addUser(acme.owner, 'Carl Admin', acme.email('carl'), 'admin');
    const ana = await connectAgent(t, acme.sub, acme.email('ana'));
    const admin = await connectAgent(t, acme.sub, acme.email('carl'));
    const visitor = await connectVisitor(t, acme.sub);
    const first = (await ask(visitor, 'chat:start', { name: 'Vera' })).chat.id;
    expect((await ask(ana, 'chat:serve', { chatId: first })).ok).toBe(true);
    // As an admin, Carl may end a chat Ana serves.
    expect((await ask(admin, 'chat:end', { chatId: first })).ok).toBe(true);

    const second = (await ask(visitor, 'chat:start', { name: 'Vera' })).chat.id;
    expect((await ask(ana, 'chat:serve', { chatId: second })).ok).toBe(true);
    const res = await acme.owner.patch(`/api/users/${carl.id}`, { chatRole: 'agent' });
    expect(res.statusCode, res.body).toBe(200);
    expect(admin.connected).toBe(true);
    expect((await ask(admin, 'agent:hello')).me.role).toBe('agent');
    expect((await ask(admin, 'chat:end', { chatId: second })).error.code).toBe('not_serving');
  });

  it('a change made from the command line, with no request to this server, reaches open sockets through the outbox', async () => {
    const acme = await freshAccount(t, ['Ana Agent']);
    const ana = await connectAgent(t, acme.sub, acme.email('ana'));
    const gone = droppedBy(ana, 5000);
    // What `npm run tandem -- user:reset-password` does, in its own process: the operation as the system.
    await resetUserPassword(await systemContext(t.db, acme.sub), acme.ids.ana!, 'a brand new password');
    await settle();
    expect(ana.connected).toBe(true); // nothing told this server yet
    await t.app.events.drain();
    expect(await gone).toBe('io server disconnect');
  });
});


import type { AddressInfo } from 'node:net';
import crypto from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { expect } from 'vitest';
import { makeAccount, PASSWORD, startTestApp, TestClient, type TestApp } from '../../support/test-app.ts';

export type ChatTest = TestApp & { url: string; sockets: Socket[] };

/** An app listening on a free port (sockets need a real one); the routing sweep is driven by hand. */
export async function startChatTest(env: Record<string, string> = {}): Promise<ChatTest> {
  return listening(await startTestApp({ CHAT_ROUTING_SWEEP_MS: '0', ...env }));
}

export async function listening(t: TestApp): Promise<ChatTest> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  const sockets: Socket[] = [];
  return {
    ...t,
    url: `http://127.0.0.1:${port}`,
    sockets,
    close: async () => {
      for (const s of sockets) s.disconnect();
      await t.close();
    },
  };
}

/** The owner signs in on the account's host; returns a client with the session. */
export async function ownerOf(t: TestApp, subdomain: string): Promise<TestClient> {
  const owner = new TestClient(t.app, `${subdomain}.localhost`);
  expect((await owner.signIn(`owner@${subdomain}.test`)).statusCode).toBe(200);
  return owner;
}

export async function setupAccount(t: TestApp, subdomain: string) {
  const { account } = await makeAccount(t, subdomain);
  return { account, owner: await ownerOf(t, subdomain) };
}

let accounts = 0;

/**
 * A fresh account for one test (one app per test file keeps the suite fast): its owner, signed in,
 * and agents named like 'Ana Agent', who sign in as ana@<subdomain>.test.
 */
export async function freshAccount(t: TestApp, agents: string[] = []) {
  accounts += 1;
  const sub = `acme${accounts}`;
  const { account, owner } = await setupAccount(t, sub);
  const email = (who: string) => `${who}@${sub}.test`;
  const ids: Record<string, number> = {};
  for (const name of agents) {
    const key = name.split(' ')[0]!.toLowerCase();
    ids[key] = (await addUser(owner, name, email(key))).id;
  }
  return { sub, account, owner, email, ids };
}

/** Disconnects every socket a test opened (an afterEach for files that share one app). */
export function disconnectAll(t: ChatTest) {
  for (const socket of t.sockets.splice(0)) socket.disconnect();
}

export async function addUser(owner: TestClient, name: string, email: string, chatRole: 'none' | 'agent' | 'admin' = 'agent') {
  const res = await owner.post('/api/users', { name, email, password: PASSWORD, chatRole });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().user as { id: number; name: string };
}

/** The session cookie of a user, as a browser would send it. */
export async function sessionCookie(t: TestApp, host: string, email: string): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/session',
    headers: { host, 'content-type': 'application/json' },
    payload: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'tandem_session')!;
  return `tandem_session=${cookie.value}`;
}

function connect(t: ChatTest, namespace: string, options: { host: string; headers?: Record<string, string>; auth?: Record<string, unknown> }): Promise<Socket> {
  const socket = io(`${t.url}${namespace}`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { host: options.host, ...options.headers },
    ...(options.auth ? { auth: options.auth } : {}),
  });
  t.sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

/** An agent's dashboard socket, signed in as `email` on `subdomain`. */
export async function connectAgent(t: ChatTest, subdomain: string, email: string, headers: Record<string, string> = {}): Promise<Socket> {
  const host = `${subdomain}.localhost`;
  const socket = await connect(t, '/chat/agent', { host, headers: { cookie: await sessionCookie(t, host, email), ...headers } });
  expect((await ask(socket, 'agent:hello')).ok).toBe(true); // connected and set up
  return socket;
}

export const newVisitorKey = (): string => crypto.randomUUID();

/** A widget on a customer's site: the account's host and the visitor's key, from another origin. */
export function connectVisitor(t: ChatTest, subdomain: string, key = newVisitorKey()): Promise<Socket> {
  return connect(t, '/chat/visitor', { host: `${subdomain}.localhost`, headers: { origin: 'https://shop.example' }, auth: { visitorKey: key } });
}

/** Sends a request and waits for its acknowledgement. */
export async function ask(socket: Socket, event: string, payload: unknown = {}): Promise<any> {
  return socket.timeout(5000).emitWithAck(event, payload);
}

/** The next `event` on the socket (that passes `match`), or a failure after `ms`. */
export function nextEvent(socket: Socket, event: string, match: (payload: any) => boolean = () => true, ms = 5000): Promise<any> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${ms} ms`));
    }, ms);
    const listener = (payload: unknown) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Everything `event` brings from now on. */
export function collect(socket: Socket, event: string): any[] {
  const seen: any[] = [];
  socket.on(event, (payload: unknown) => seen.push(payload));
  return seen;
}

/** Lets pushes that should not arrive have their chance to arrive. */
export const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

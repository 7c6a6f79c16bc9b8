import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { apiSession } from './support/api-session.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

/**
 * The agent dashboard follows what happens without a reload: a chat handed to a department goes to
 * that department's online agent, the History tab lists a chat as soon as it ends, and an offline
 * message shows on the dashboard with a badge the moment a visitor leaves it. Visitors and the second
 * agent are Socket.IO clients here; the dashboard is the real one in Chromium.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const BEN = { name: 'Ben Agent', email: 'ben@northwind.test', password: 'ben password 1' };

let server: RunningServer;
let browser: Browser;
const sockets: Socket[] = [];
const pageErrors: string[] = [];

function connect(namespace: string, options: { cookie?: string; visitorKey?: string }): Promise<Socket> {
  const socket = io(`${server.url}${namespace}`, {
    transports: ['websocket'],
    reconnection: false,
    ...(options.cookie ? { extraHeaders: { cookie: options.cookie } } : {}),
    ...(options.visitorKey ? { auth: { visitorKey: options.visitorKey } } : {}),
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

async function ask(socket: Socket, event: string, payload: unknown = {}): Promise<any> {
  const answer = await socket.timeout(5000).emitWithAck(event, payload);
  expect(answer.ok, `${event}: ${JSON.stringify(answer)}`).toBe(true);
  return answer;
}

function nextEvent(socket: Socket, event: string, match: (payload: any) => boolean): Promise<any> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within 10 s`)), 10_000);
    socket.on(event, (payload: unknown) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

async function signInCookie(email: string, password: string): Promise<string> {
  const res = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

const visitor = () => connect('/chat/visitor', { visitorKey: crypto.randomUUID() });

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const setup = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountName: 'Northwind Outfitters', subdomain: 'northwind', ownerName: OWNER.name, ...OWNER }),
  });
  expect(setup.status, await setup.clone().text()).toBe(200);
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  await browser?.close();
  const code = await server?.stop();
  if (code !== 0) console.log(server?.output());
  expect(code).toBe(0);
});

describe('Chat dashboard: live without reloading', () => {
  it('transfers to a department, lists ended chats in History and shows new offline messages', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const dashboard = await context.newPage();
    dashboard.on('pageerror', (error) => pageErrors.push(`dashboard: ${error.message}`));
    try {
      await journey(context.newPage.bind(context), dashboard);
    } catch (error) {
      await screenshot(dashboard, 'chat-live-failure');
      throw new Error(`${(error as Error).message}\npage errors: ${pageErrors.join(' | ') || 'none'}\nserver: ${server.output().slice(-2000)}`, { cause: error });
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

async function journey(newPage: () => Promise<Page>, dashboard: Page) {
  const api = await apiSession(server.url, OWNER.email, OWNER.password);
  const ben = (await api('POST', '/api/users', { ...BEN, chatRole: 'agent' })).user;
  const sales = (await api('POST', '/api/chat/departments', { name: 'Sales', memberIds: [ben.id] })).department;
  const benSocket = await connect('/chat/agent', { cookie: await signInCookie(BEN.email, BEN.password) });
  await ask(benSocket, 'agent:hello');

  await dashboard.goto(`${server.url}/sign-in`);
  const signIn = dashboard.getByTestId('sign-in-form');
  await signIn.getByLabel('Email').fill(OWNER.email);
  await signIn.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await dashboard.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
  await dashboard.getByText('No visitor is waiting.').waitFor();
  await dashboard.getByTestId('offline-messages').getByText('No unread offline messages.').waitFor();
  // History, open in another tab of the same agent.
  const history = await newPage();
  history.on('pageerror', (error) => pageErrors.push(`history: ${error.message}`));
  await history.goto(`${server.url}/chat/history`);
  await history.getByText('No chats yet').waitFor();

  // A visitor asks; Olga serves, then hands the chat to Sales, where only Ben is.
  const vera = await visitor();
  await ask(vera, 'visitor:hello');
  const { chat } = await ask(vera, 'chat:start', { name: 'Vera Live', message: { clientId: 'v-1', text: 'Is the kayak in stock?' } });
  await dashboard.getByTestId('incoming-request').getByRole('button', { name: 'Serve' }).click();
  await dashboard.getByTestId('transcript').getByText('Is the kayak in stock?').waitFor();
  const benOffered = nextEvent(benSocket, 'chat:incoming', (c) => c.id === chat.id);
  await dashboard.getByRole('button', { name: 'Transfer' }).click();
  const menu = dashboard.getByTestId('transfer-menu');
  const toSales = menu.getByRole('menuitem', { name: 'Sales · 1 online' });
  await menu.getByRole('menuitem', { name: 'Ben Agent' }).waitFor(); // agents first, then departments
  await toSales.click();
  await dashboard.getByText('The chat went back to Sales: its online agents can serve it now.').waitFor();
  expect((await benOffered).department).toEqual({ id: sales.id, name: 'Sales' });
  await dashboard.getByTestId('open-chats').getByText('Chats you serve show here.').waitFor();
  await expect(dashboard.getByTestId('incoming-request').count()).resolves.toBe(0); // Olga is not in Sales

  // Ben serves and ends it: Olga's History tab lists it at once.
  await ask(benSocket, 'chat:serve', { chatId: chat.id });
  await ask(benSocket, 'chat:message', { chatId: chat.id, clientId: 'b-1', text: 'Yes, two left.' });
  await ask(benSocket, 'chat:end', { chatId: chat.id });
  const row = history.getByTestId('history-row').filter({ hasText: 'Vera Live' });
  await row.waitFor();
  await expect(row.innerText()).resolves.toContain('Ben Agent');
  await screenshot(history, 'chat-live-02-history-refreshed');

  // A visitor leaves an offline message: it shows on the dashboard with a badge, and in History.
  const otto = await visitor();
  await ask(otto, 'offline:send', { name: 'Otto Offline', email: 'otto@example.test', message: 'Please call me about group kayak tours.' });
  const offline = dashboard.getByTestId('offline-messages');
  await offline.getByTestId('offline-message').filter({ hasText: 'Otto Offline' }).waitFor();
  await expect(offline.getByTestId('offline-badge').innerText()).resolves.toBe('1');
  await history.getByTestId('history-row').filter({ hasText: 'Otto Offline' }).waitFor();
  await screenshot(dashboard, 'chat-live-03-offline-message');
  await offline.getByTestId('offline-message').filter({ hasText: 'Otto Offline' }).click();
  const modal = dashboard.getByTestId('offline-message-modal');
  await modal.getByText('Please call me about group kayak tours.').waitFor();
  await modal.press('Escape');
  await offline.getByText('No unread offline messages.').waitFor();
  await expect(offline.getByTestId('offline-badge').count()).resolves.toBe(0);
}

import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { apiSession } from './support/api-session.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { sessionCookie } from './support/installed-app.ts';
import { signInOnPage } from './support/journey.ts';
import { collectPageErrors } from './support/page-watch.ts';
import { ask, socketClients } from './support/sockets.ts';
import { setUpAccount } from './support/account.ts';
import { expectCleanStop } from './support/stop-server.ts';

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
const clients = socketClients(() => server.url);
const connect = clients.connect;
const pageErrors: string[] = [];


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

const visitor = () => connect('/chat/visitor', { visitorKey: crypto.randomUUID() });

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await setUpAccount(server.url, OWNER);
});

afterAll(async () => {
  clients.disconnectAll();
  await browser?.close();
  await expectCleanStop(server);
});

describe('Chat dashboard: live without reloading', () => {
  it('transfers to a department, lists ended chats in History and shows new offline messages', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const dashboard = await context.newPage();
    collectPageErrors(dashboard, pageErrors, 'dashboard');
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
  const benSocket = await connect('/chat/agent', { cookie: (await sessionCookie(server.url, BEN.email, BEN.password)).cookie });
  await ask(benSocket, 'agent:hello');

  await signInOnPage(dashboard, server.url, OWNER.email, OWNER.password);
  await dashboard.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
  await dashboard.getByText('No visitor is waiting.').waitFor();
  await dashboard.getByTestId('offline-messages').getByText('No unread offline messages.').waitFor();
  // History, open in another tab of the same agent.
  const history = await newPage();
  collectPageErrors(history, pageErrors, 'history');
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

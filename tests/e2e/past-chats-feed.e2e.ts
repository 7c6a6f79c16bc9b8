import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { apiSession } from './support/api-session.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { runJourney, signInBrowser } from './support/journey.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { ask, socketClients } from './support/sockets.ts';
import { expectCleanStop } from './support/stop-server.ts';
import { setUpAccount } from './support/account.ts';

/**
 * Past chats in Sell's web app (W-5, O-8): a chat whose visitor matches a lead appears in the lead's
 * feed with its agent, visitor, start and end and an expandable transcript, grows while the page is
 * open, and shows what the visitor typed as text, never as markup. In English and Japanese.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@pastchats.test', password: 'owner password 1' };
const VISITOR_NAME = '<img src=x onerror="window.__pwned=1">Mallory';
const FIRST = '<script>window.__pwned=2</script>Hi & "hello" <b>there</b>';

let server: RunningServer;
let browser: Browser;
const clients = socketClients(() => server.url);
let leadId: number;
let cookie: string;

const connect = (path: string, options: { cookie?: string; auth?: Record<string, unknown> }) => clients.connect(path, { ...options, forceNew: true });
const request = (socket: Socket, event: string, payload: unknown) => ask(socket, event, payload, 10_000);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await setUpAccount(server.url, OWNER, { accountName: 'Past Chats Ltd', subdomain: 'pastchats' });
  const admin = await apiSession(server.url, OWNER.email, OWNER.password);
  await admin('PATCH', '/api/integrations/sell-chat/settings', { pastChatsEnabled: true });
  leadId = (await admin('POST', '/v2/leads', { data: { first_name: 'Mallory', last_name: 'Visitor', email: 'mallory@visitor.example' } })).data.id;
  const signIn = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: OWNER.email, password: OWNER.password }) });
  cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
});

afterAll(async () => {
  clients.disconnectAll();
  await browser?.close();
  await expectCleanStop(server);
});

const chatItem = (page: Page) => page.getByTestId('activity-feed').locator('li[data-kind="chat"]');

describe('Past chats in the Sell feed', () => {
  it('shows the chat with its transcript, live, with the visitor’s text as text', async () => {
    const agent = await connect('/chat/agent', { cookie });
    await request(agent, 'agent:hello', {});
    const visitor = await connect('/chat/visitor', { auth: { visitorKey: crypto.randomBytes(16).toString('hex') } });
    await request(visitor, 'visitor:hello', {});
    const { chat } = await request(visitor, 'chat:start', { name: VISITOR_NAME, email: 'mallory@visitor.example', message: { clientId: crypto.randomUUID(), text: FIRST } });

    const { context, page, errors } = await signInBrowser(browser, server.url, OWNER.email, OWNER.password);
    await runJourney(page, 'past-chats', errors, async () => {
      await page.goto(`${server.url}/sell/leads/${leadId}`);
      const item = chatItem(page);
      await item.waitFor({ timeout: 15_000 });
      await expect.poll(() => item.innerText()).toContain(`Chat with ${VISITOR_NAME}`);
      expect(await item.innerText()).toMatch(/in progress/i); // a badge, in capitals
      expect(await item.innerText()).toContain('Waiting for an agent');

      // The agent serves and answers; the visitor writes again: the open page follows (no reload).
      await request(agent, 'chat:serve', { chatId: chat.id });
      await request(agent, 'chat:message', { chatId: chat.id, clientId: crypto.randomUUID(), text: 'Hello Mallory, how can I help?' });
      await request(visitor, 'chat:message', { chatId: chat.id, clientId: crypto.randomUUID(), text: 'Line one\nline two' });
      const toggle = item.getByRole('button', { name: /Show transcript/ });
      await expect.poll(() => toggle.innerText(), { timeout: 10_000 }).toBe('Show transcript (3 messages)');
      expect(await item.innerText()).toContain(`Agent: ${OWNER.name}`);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');

      await toggle.focus();
      await page.keyboard.press('Enter');
      const transcript = item.getByRole('list', { name: `Transcript of the chat with ${VISITOR_NAME}` });
      await transcript.waitFor();
      const lines = await transcript.locator('li').allInnerTexts();
      expect(lines).toHaveLength(3);
      expect(lines[0]).toContain(FIRST);
      expect(lines[1]).toContain('Hello Mallory, how can I help?');
      expect(lines[2]).toContain('Line one\nline two');
      expect(await item.getByRole('button', { name: 'Hide transcript' }).getAttribute('aria-expanded')).toBe('true');
      // Nothing the visitor typed became markup.
      expect(await item.locator('img, script, b').count()).toBe(0);
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      await screenshot(page, 'past-chats-01-transcript');

      await request(agent, 'chat:end', { chatId: chat.id });
      await expect.poll(() => item.innerText(), { timeout: 10_000 }).toMatch(/ended /);
      expect(await item.innerText()).not.toMatch(/in progress/i);
      await screenshot(page, 'past-chats-02-ended');
    });
    await context.close();

    const ja = await signInBrowser(browser, server.url, OWNER.email, OWNER.password);
    await runJourney(ja.page, 'past-chats-ja', ja.errors, async () => {
      await ja.page.evaluate("localStorage.setItem('tandem.language', 'ja')");
      await ja.page.goto(`${server.url}/sell/leads/${leadId}`);
      const item = chatItem(ja.page);
      await item.waitFor({ timeout: 15_000 });
      await expect.poll(() => item.innerText()).toContain(`${VISITOR_NAME}とのチャット`);
      expect(await item.getByRole('button', { name: /会話記録を表示/ }).innerText()).toBe('会話記録を表示（3 件のメッセージ）');
      await screenshot(ja.page, 'past-chats-03-ja');
    });
    await ja.context.close();
  });
});

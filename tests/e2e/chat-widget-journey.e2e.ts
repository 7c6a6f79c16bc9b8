import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startCustomerSite, type CustomerSite } from './support/customer-site.ts';
import { signInOnPage } from './support/journey.ts';
import { collectFailedRequestsAndDialogs, collectPageErrors } from './support/page-watch.ts';
import { setUpAccount } from './support/account.ts';
import { expectCleanStop } from './support/stop-server.ts';

/**
 * Chat from both sides (issue 4, "Done when"): a customer's page on another port embeds the widget
 * with one script tag; an agent goes Online in the dashboard; the visitor (whose name is HTML)
 * fills the pre-chat form and writes; the agent serves, sees the typing and the visitor's details
 * as plain text, answers, ends the chat and finds it again through history search.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const HOSTILE_NAME = 'Mallory <img src=x onerror=alert(1)>';

let server: RunningServer;
let site: CustomerSite;
let siteUrl: string;
let browser: Browser;
const pageErrors: string[] = [];
const dialogs: string[] = [];

/** The customer's website: a plain page with the one script tag. */
const customerPage = (widgetUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northwind shop</title>
<style>* { color: red !important; font-family: serif !important; } button { display: none !important; }</style></head>
<body><h1>Northwind outdoor gear</h1><p>Tents, boots and more.</p>
<script src="${widgetUrl}" async></script></body></html>`;

function watch(page: Page, who: string) {
  collectPageErrors(page, pageErrors, who);
  collectFailedRequestsAndDialogs(page, pageErrors, dialogs, who);
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await setUpAccount(server.url, OWNER);
  // Another site may load the script only if the server allows it (Cross-Origin-Resource-Policy).
  const widget = await fetch(`${server.url}/widget.js`);
  expect(widget.status).toBe(200);
  expect(widget.headers.get('cross-origin-resource-policy') ?? 'cross-origin', 'GET /widget.js must be loadable from other origins').toBe('cross-origin');
  site = await startCustomerSite(customerPage(`${server.url}/widget.js`));
  siteUrl = site.url;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await expectCleanStop(server);
});

describe('Chat: a visitor on a customer site and an agent in the dashboard', () => {
  it('chats, shows hostile text as text, ends and finds the chat in history', async () => {
    const agentContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const visitorContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 800 } });
    const agent = await agentContext.newPage();
    const visitor = await visitorContext.newPage();
    watch(agent, 'agent');
    watch(visitor, 'visitor');
    try {
      await journey(agent, visitor);
    } catch (error) {
      await screenshot(agent, 'chat-failure-agent');
      await screenshot(visitor, 'chat-failure-visitor');
      throw new Error(`${(error as Error).message}\npage errors: ${pageErrors.join(' | ') || 'none'}\nserver: ${server.output().slice(-2000)}`, { cause: error });
    }
    expect(pageErrors).toEqual([]);
    expect(dialogs).toEqual([]);
    await agentContext.close();
    await visitorContext.close();
  });
});

async function journey(agent: Page, visitor: Page) {
  // The agent signs in, opens Chat and is Online (the default, kept by the server).
  await signInOnPage(agent, server.url, OWNER.email, OWNER.password);
  await agent.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
  const status = agent.getByTestId('agent-status');
  await status.waitFor();
  await agent.getByText('No visitor is waiting.').waitFor();
  await status.getByText('Away').click();
  await agent.getByText('Go Online to receive chat requests.').waitFor();
  await agent.reload();
  await agent.getByText('Go Online to receive chat requests.').waitFor(); // kept across reloads

  // The visitor's page, on another port, with the widget from the Tandem server. Nobody is online:
  // the widget offers the offline form.
  await visitor.goto(siteUrl);
  const launcher = visitor.getByTestId('tandem-launcher');
  await launcher.waitFor();
  // The host page's own code uses the JavaScript API: it knows the phone and listens for messages.
  await visitor.evaluate(() => {
    const w = globalThis as unknown as { Tandem: { identify: (d: object) => Promise<void>; on: (e: string, f: (d: unknown) => void) => void }; heard: string[] };
    w.heard = [];
    w.Tandem.on('chat.message', (entry) => w.heard.push((entry as { text: string }).text));
    void w.Tandem.identify({ phone: '+81 3-1234-5678' });
  });
  await launcher.click();
  const offline = visitor.getByTestId('tandem-offline');
  await offline.waitFor();
  await offline.getByRole('button', { name: 'Send message' }).click();
  await offline.getByText('Please fill this in.').first().waitFor();
  await offline.getByLabel('Name').fill('Olivia Early');
  await offline.getByLabel('Email').fill('olivia@example.test');
  await offline.getByLabel('Message').fill('Please call me about group bookings.');
  await offline.getByRole('button', { name: 'Send message' }).click();
  await visitor.getByText('Thank you. We will get back to you by email.').waitFor();
  await screenshot(visitor, 'chat-02-widget-offline-sent');

  // The agent goes Online: the widget turns to the pre-chat form by itself.
  await agent.getByTestId('agent-status').getByText('Online').click();
  await agent.getByText('No visitor is waiting.').waitFor();
  await screenshot(agent, 'chat-01-dashboard-online');
  const prechat = visitor.getByTestId('tandem-prechat');
  await prechat.waitFor();
  await screenshot(visitor, 'chat-03-widget-prechat');
  await prechat.getByLabel('Name').fill(HOSTILE_NAME);
  await prechat.getByLabel('Email').fill('mallory@example.test');
  await prechat.getByLabel('Message').fill('Do your tents <b>survive</b> snow?');
  await prechat.getByRole('button', { name: 'Start chat' }).click();
  const transcript = visitor.getByTestId('tandem-transcript');
  await transcript.getByText('Do your tents <b>survive</b> snow?').waitFor();
  await visitor.getByText('Waiting for an agent…').waitFor();

  // The agent hears the request: a badge in the tab title, then serves it.
  const request = agent.getByTestId('incoming-request');
  await request.waitFor();
  await expect.poll(() => agent.title()).toBe('(1) Serve 1 request');
  await expect(request.innerText()).resolves.toContain(HOSTILE_NAME);
  await screenshot(agent, 'chat-03b-incoming-request');
  await request.getByRole('button', { name: 'Serve' }).click();
  await request.waitFor({ state: 'detached' });
  await agent.getByTestId('transcript').getByText('Do your tents <b>survive</b> snow?').waitFor();

  // The visitor's details, as literal text: no element was made from them.
  const panel = agent.getByTestId('visitor-panel');
  await expect(panel.getByTestId('visitor-name').innerText()).resolves.toBe(HOSTILE_NAME);
  await expect(panel.getByTestId('visitor-email').innerText()).resolves.toBe('mallory@example.test');
  await expect(panel.getByTestId('visitor-phone').innerText()).resolves.toBe('+81 3-1234-5678');
  await expect(panel.getByTestId('visitor-page').innerText()).resolves.toBe('Northwind shop');
  await expect(panel.getByTestId('visitor-browser').innerText()).resolves.not.toBe('—');
  await agent.getByTestId('apps-panel').getByText('Apps you install from the Marketplace show here.').waitFor();
  await expect(agent.locator('img[src="x"]').count()).resolves.toBe(0);
  await expect(agent.locator('b', { hasText: 'survive' }).count()).resolves.toBe(0);
  await visitor.getByText(`Chatting with ${OWNER.name}`).waitFor();

  // The visitor types: the agent sees it; then the message arrives.
  const composer = visitor.getByRole('textbox', { name: 'Message' });
  await composer.pressSequentially('Also, do you ship', { delay: 20 });
  await agent.getByTestId('visitor-typing').getByText(/is typing/).waitFor();
  await screenshot(agent, 'chat-04-visitor-typing');
  await composer.press('Enter');
  await agent.getByTestId('transcript').getByText('Also, do you ship').waitFor();

  // The agent answers; the visitor reads it.
  const reply = agent.getByRole('textbox', { name: 'Message to the visitor' });
  await reply.pressSequentially('Yes, they are rated ', { delay: 15 });
  await visitor.getByTestId('tandem-typing').getByText(`${OWNER.name} is typing…`).waitFor();
  await reply.fill('Yes, they are rated for four seasons. We ship to Japan too.');
  await reply.press('Enter');
  await transcript.getByText('Yes, they are rated for four seasons.', { exact: false }).waitFor();
  await screenshot(visitor, 'chat-05-widget-conversation');
  await expect(visitor.evaluate(() => (globalThis as unknown as { heard: string[] }).heard.join(' | '))).resolves.toContain('four seasons');
  await screenshot(agent, 'chat-06-dashboard-conversation');

  // The conversation survives a reload of the visitor's page.
  await visitor.reload();
  await visitor.getByTestId('tandem-transcript').getByText('Yes, they are rated for four seasons.', { exact: false }).waitFor();
  await expect(visitor.locator('img[src="x"]').count()).resolves.toBe(0);

  // The agent ends the chat; the visitor is asked for a rating and gives one.
  await agent.getByRole('button', { name: 'End chat' }).click();
  await agent.getByRole('dialog').getByRole('button', { name: 'End chat' }).click();
  await agent.getByTestId('transcript').getByText(`${OWNER.name} ended the chat`).waitFor();
  const rating = visitor.getByTestId('tandem-rating');
  await rating.waitFor();
  await rating.getByRole('button', { name: /Good/ }).click();
  await agent.getByTestId('transcript').getByText('The visitor rated the chat Good').waitFor();
  await visitor.getByText('The chat has ended.').first().waitFor();
  await screenshot(visitor, 'chat-07-widget-rating');

  // History: search by the visitor's name, open the transcript.
  await agent.getByRole('tab', { name: 'History' }).click();
  await agent.getByRole('searchbox', { name: 'Search history' }).fill('Mallory');
  const row = agent.getByTestId('history-row').filter({ hasText: HOSTILE_NAME });
  await row.waitFor();
  await agent.getByRole('searchbox', { name: 'Search history' }).fill('nobody-like-this');
  await agent.getByText('Nothing matches').waitFor();
  await agent.getByRole('searchbox', { name: 'Search history' }).fill('snow');
  await row.waitFor();
  await screenshot(agent, 'chat-08-history-search');
  await row.getByRole('button', { name: HOSTILE_NAME }).click();
  const modal = agent.getByTestId('transcript-modal');
  await modal.getByText('Do your tents <b>survive</b> snow?').waitFor();
  await modal.getByText('Yes, they are rated for four seasons.', { exact: false }).waitFor();
  await expect(agent.locator('img[src="x"]').count()).resolves.toBe(0);
  await screenshot(agent, 'chat-09-history-transcript');
  await modal.press('Escape');
  await modal.waitFor({ state: 'detached' });

  // The offline message is in the history too.
  await agent.getByRole('searchbox', { name: 'Search history' }).fill('group bookings');
  const offlineRow = agent.getByTestId('history-row').filter({ hasText: 'Olivia Early' });
  await offlineRow.waitFor();
  await offlineRow.getByRole('button', { name: 'Olivia Early' }).click();
  await agent.getByTestId('offline-message-modal').getByText('Please call me about group bookings.').waitFor();
  await screenshot(agent, 'chat-10-history-offline-message');
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page, WebSocketRoute } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startCustomerSite, type CustomerSite } from './support/customer-site.ts';
import { signInOnPage } from './support/journey.ts';
import { collectPageErrors } from './support/page-watch.ts';
import { setUpAccount } from './support/account.ts';
import { expectCleanStop } from './support/stop-server.ts';

/**
 * The delivery guarantee from the widget's side (issue 4): a visitor chatting on a customer's site
 * loses the network for 30 seconds. A message whose acknowledgement is lost at the moment of the
 * drop, the messages the visitor writes while offline and the agent's answers meanwhile all reach
 * both sides exactly once, in the same order, once the network is back. Then an answer lost without
 * a drop (the widget sends again, the server keeps one), and a chat ended while the visitor is away.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const OUTAGE_MS = 30_000;

let server: RunningServer;
let site: CustomerSite;
let siteUrl: string;
let browser: Browser;
const pageErrors: string[] = [];

/**
 * The visitor's network, between the browser and the server. While down, HTTP fails (the context is
 * offline) and the live WebSocket is cut on the visitor's side only: the server keeps its end, as
 * with a real drop, and whatever it pushes meanwhile is lost. New WebSockets are refused until the
 * network is back. `swallow` loses every server frame containing that text (an acknowledgement lost
 * in transit).
 */
class FlakyNetwork {
  online = true;
  swallow: string | null = null;
  /** WebSockets opened through the network, and the Socket.IO frames that crossed it each way. */
  connections = 0;
  readonly sent: string[] = [];
  readonly received: string[] = [];
  private readonly links = new Set<{ page: WebSocketRoute; dead: boolean }>();

  constructor(private readonly context: BrowserContext) {}

  async attach(): Promise<void> {
    // Before the upgrade to a WebSocket, Socket.IO talks over HTTP long-polling: watch that too.
    await this.context.route(/\/socket\.io\//, async (route) => {
      const body = route.request().postData();
      if (body) this.sent.push(body);
      await route.continue();
    });
    await this.context.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (!this.online) return void ws.close({ code: 4000, reason: 'offline' });
      const upstream = ws.connectToServer();
      const link = { page: ws, dead: false };
      this.links.add(link);
      this.connections += 1;
      ws.onMessage((frame) => {
        if (link.dead) return;
        this.sent.push(String(frame));
        upstream.send(frame);
      });
      upstream.onMessage((frame) => {
        if (link.dead || (this.swallow && String(frame).includes(this.swallow))) return;
        this.received.push(String(frame));
        ws.send(frame);
      });
      ws.onClose(() => {
        link.dead = true;
        upstream.close();
      });
      upstream.onClose(() => {
        if (!link.dead) ws.close();
        link.dead = true;
      });
    });
  }

  async down(): Promise<void> {
    this.online = false;
    await this.context.setOffline(true);
    for (const link of this.links) {
      link.dead = true; // the server's end stays open, unanswered, as after a real drop
      await link.page.close({ code: 4000, reason: 'network lost' }).catch(() => undefined);
    }
    this.links.clear();
  }

  async up(): Promise<void> {
    this.swallow = null;
    this.online = true;
    await this.context.setOffline(false);
  }
}

const customerPage = (widgetUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northwind shop</title></head>
<body><h1>Northwind outdoor gear</h1><script src="${widgetUrl}" async></script></body></html>`;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await setUpAccount(server.url, OWNER);
  // From an address other than "localhost", the Socket.IO client also drops its connection as soon as
  // the browser says it is offline, as it does on customers' sites.
  site = await startCustomerSite(customerPage(`http://127.0.0.1:${server.port}/widget.js`));
  siteUrl = site.url;
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await expectCleanStop(server);
});

/** The texts of the messages a transcript shows, in order (the sender's name line left out). */
const messageTexts = (messages: Locator) => messages.evaluateAll((els) => els.map((el) => el.lastChild?.textContent ?? ''));

describe('Chat: the visitor’s network drops for 30 seconds', () => {
  it('delivers every message exactly once, in order, on both sides', { timeout: 240_000 }, async () => {
    const agentContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const visitorContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 800 } });
    const network = new FlakyNetwork(visitorContext);
    await network.attach();
    const agent = await agentContext.newPage();
    const visitor = await visitorContext.newPage();
    collectPageErrors(agent, pageErrors, 'agent');
    collectPageErrors(visitor, pageErrors, 'visitor');
    try {
      await outage(agent, visitor, network);
    } catch (error) {
      await screenshot(agent, 'chat-drop-failure-agent');
      await screenshot(visitor, 'chat-drop-failure-visitor');
      throw new Error(`${(error as Error).message}\npage errors: ${pageErrors.join(' | ') || 'none'}\nserver: ${server.output().slice(-2000)}`, { cause: error });
    }
    expect(pageErrors).toEqual([]);
    await agentContext.close();
    await visitorContext.close();
  });
});

async function outage(agent: Page, visitor: Page, network: FlakyNetwork) {
  // The agent is Online in the dashboard; the visitor starts a chat on the customer's site.
  await signInOnPage(agent, server.url, OWNER.email, OWNER.password);
  await agent.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
  await agent.getByText('No visitor is waiting.').waitFor();

  await visitor.goto(siteUrl);
  await visitor.getByTestId('tandem-launcher').click();
  const prechat = visitor.getByTestId('tandem-prechat');
  await prechat.getByLabel('Name').fill('Nora Nomad');
  await prechat.getByLabel('Message').fill('Before the drop');
  await prechat.getByRole('button', { name: 'Start chat' }).click();
  await agent.getByTestId('incoming-request').getByRole('button', { name: 'Serve' }).click();
  const agentLog = agent.getByTestId('transcript');
  await agentLog.getByText('Before the drop').waitFor();
  const reply = agent.getByRole('textbox', { name: 'Message to the visitor' });
  const agentSays = async (text: string) => {
    await reply.fill(text);
    await reply.press('Enter');
    await agentLog.getByTestId('chat-message').filter({ hasText: text }).waitFor();
  };
  await agentSays('Welcome, Nora');
  const widgetLog = visitor.getByTestId('tandem-transcript');
  await widgetLog.getByText('Welcome, Nora').waitFor();

  // The moment of the drop: the server stores a message but its acknowledgement never arrives.
  const composer = visitor.getByRole('textbox', { name: 'Message' });
  network.swallow = 'Lost in the drop';
  await composer.fill('Lost in the drop');
  await composer.press('Enter');
  await agentLog.getByText('Lost in the drop').waitFor(); // stored: the agent has it
  const connectionsBefore = network.connections;
  await network.down();
  const wentDown = Date.now();
  const notice = visitor.getByTestId('tandem-connection');
  await notice.getByText('Connection lost. Your messages will be sent when you are back online.').waitFor();
  await screenshot(visitor, 'chat-drop-01-offline');

  // Offline: the visitor keeps writing (kept as "Sending…"), the agent answers meanwhile.
  for (const text of ['Offline one', 'Offline two', 'Offline three']) {
    await composer.fill(text);
    await composer.press('Enter');
  }
  await expect.poll(() => widgetLog.locator('.sending').count()).toBe(4);
  for (const text of ['While you were away 1', 'While you were away 2', 'While you were away 3']) await agentSays(text);
  await visitor.waitForTimeout(Math.max(0, OUTAGE_MS - (Date.now() - wentDown)));
  await expect(widgetLog.getByText('While you were away 1').count()).resolves.toBe(0); // nothing got through
  await screenshot(visitor, 'chat-drop-02-before-reconnect');

  // The network is back: the widget reconnects, sends what it kept and catches up.
  await network.up();
  const expected = [
    'Before the drop',
    'Welcome, Nora',
    'Lost in the drop',
    'While you were away 1',
    'While you were away 2',
    'While you were away 3',
    'Offline one',
    'Offline two',
    'Offline three',
  ];
  const widgetMessages = widgetLog.getByTestId('tandem-message');
  const agentMessages = agentLog.getByTestId('chat-message');
  await expect.poll(() => messageTexts(widgetMessages), { timeout: 30_000 }).toEqual(expected);
  await expect.poll(() => widgetLog.locator('.sending').count()).toBe(0);
  await expect.poll(() => messageTexts(agentMessages), { timeout: 10_000 }).toEqual(expected);
  await notice.waitFor({ state: 'hidden' });
  // It really went through a new connection, and the message whose answer was lost was sent once:
  // the catch-up after the reconnect brought the stored one back, so there was nothing to resend.
  await expect.poll(() => network.connections).toBeGreaterThan(connectionsBefore);
  expect(network.sent.filter((f) => f.includes('"chat:message"') && f.includes('Lost in the drop'))).toHaveLength(1);
  await screenshot(visitor, 'chat-drop-03-widget-after');
  await screenshot(agent, 'chat-drop-04-dashboard-after');

  // Nothing more arrives late, and a reload shows the same conversation once.
  await visitor.waitForTimeout(3000);
  expect(await messageTexts(widgetMessages)).toEqual(expected);
  expect(await messageTexts(agentMessages)).toEqual(expected);
  await visitor.reload();
  await expect.poll(() => messageTexts(visitor.getByTestId('tandem-transcript').getByTestId('tandem-message'))).toEqual(expected);

  // Online again, an answer gets lost without the connection dropping: the widget waits for it, then
  // sends the message again with the same id; the server answers with the one it stored.
  const sends = () => network.sent.filter((f) => f.includes('"chat:message"') && f.includes('Thanks, all good')).length;
  network.swallow = 'Thanks, all good';
  await composer.fill('Thanks, all good');
  await composer.press('Enter');
  await agentLog.getByText('Thanks, all good').waitFor();
  await expect.poll(sends, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  network.swallow = null;
  await expect.poll(() => network.received.some((f) => f.includes('Thanks, all good') && f.includes('"duplicate":true')), { timeout: 20_000 }).toBe(true);
  await expect.poll(() => visitor.getByTestId('tandem-transcript').locator('.sending').count()).toBe(0);
  await agentSays('Glad to hear it');
  await visitor.getByTestId('tandem-transcript').getByText('Glad to hear it').waitFor();
  const final = [...expected, 'Thanks, all good', 'Glad to hear it'];
  expect(await messageTexts(visitor.getByTestId('tandem-transcript').getByTestId('tandem-message'))).toEqual(final);
  expect(await messageTexts(agentMessages)).toEqual(final);

  // Another drop, and the agent says goodbye and ends the chat meanwhile: back online, the visitor
  // still sees the last words and the end, and is asked for a rating.
  await network.down();
  await visitor.getByTestId('tandem-connection').getByText(/Connection lost/).waitFor();
  await agentSays('Bye for now');
  await agent.getByRole('button', { name: 'End chat' }).click();
  await agent.getByRole('dialog').getByRole('button', { name: 'End chat' }).click();
  await agentLog.getByText(`${OWNER.name} ended the chat`).waitFor();
  await network.up();
  await visitor.getByTestId('tandem-rating').waitFor({ timeout: 20_000 });
  await visitor.getByTestId('tandem-transcript').getByText('The chat has ended.').waitFor();
  expect(await messageTexts(visitor.getByTestId('tandem-transcript').getByTestId('tandem-message'))).toEqual([...final, 'Bye for now']);
  await screenshot(visitor, 'chat-drop-05-ended-while-offline');
}

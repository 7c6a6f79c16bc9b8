import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { installWithSignIn, readAccessToken, sessionCookie } from './support/installed-app.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { signInBrowser } from './support/journey.ts';
import { setUpAccount } from './support/account.ts';
import { expectCleanStop } from './support/stop-server.ts';

/**
 * The Marketplace and the app host (issue 5, "Done when"): the account owner (Chat owner and Sell
 * admin) installs the test app through the Authorize application dialog; it shows in My Apps,
 * beside a chat and in Sell's top bar, where its request() reads /v2/users/self; disabling hides it;
 * uninstalling makes its token useless. Then: the app's sandboxed frame can read neither the page,
 * its cookies nor the token.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const ADMIN = { name: 'Adam Admin', email: 'adam@northwind.test', password: 'admin password 1' };
const API_KEY = 'test-app-secret-api-key-7731';
const SECRETS_KEY = crypto.randomBytes(32).toString('hex');
const SHOTS = path.resolve('test-results/marketplace');
/** App frames load after the page (a check of their URL, then the frame, then the SDK's handshake). */
const PATIENTLY = { timeout: 15_000 };

let server: RunningServer;
let browser: Browser;
const visitors: Socket[] = [];

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

const signedIn = (locale = 'en-US', who: { email: string; password: string } = OWNER) => signInBrowser(browser, server.url, who.email, who.password, locale);

/** Runs a journey; on failure, keeps a screenshot of where it stopped. */
async function run(page: Page, name: string, errors: string[], steps: () => Promise<void>) {
  try {
    await steps();
  } catch (error) {
    await shot(page, `${name}-failure`);
    throw new Error(`${(error as Error).message}\npage errors: ${errors.join(' | ') || 'none'}\nserver: ${server.output().slice(-2000)}`, { cause: error });
  }
  expect(errors).toEqual([]);
}

/** A visitor on a customer's site, through the widget's socket: starts a chat with a first message. */
async function visitorStartsChat(name: string, email: string, text: string): Promise<Socket> {
  const socket = io(`${server.url}/chat/visitor`, { auth: { visitorKey: `marketplace-e2e-${crypto.randomUUID()}` }, transports: ['websocket'] });
  visitors.push(socket);
  await socket.timeout(5000).emitWithAck('visitor:hello', { page: { url: 'https://shop.example/tents', title: 'Tents' } });
  const started = await socket.timeout(5000).emitWithAck('chat:start', { name, email, message: { clientId: crypto.randomUUID(), text } });
  expect(started.ok, JSON.stringify(started)).toBe(true);
  return socket;
}

/** The browser globals an app frame's code uses here (this file is type-checked without the DOM library). */
type AppWindow = {
  heard: [string, unknown][];
  delivered: string[];
  origin: string;
  location: { pathname: string };
  document: { cookie: string };
  parent: { document: { body: { innerHTML: string } } };
  addEventListener: (type: 'message', listener: (event: { data: unknown }) => void) => void;
  TandemApps: { connect: () => Promise<{ on: (event: string, handler: (data: unknown) => void) => void }> };
};

async function frameIn(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.locator(`${selector} iframe`).elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no app frame in ${selector}`);
  return frame;
}

beforeAll(async () => {
  server = await startServer({ EXTRA_APP_DIRS: 'tests/fixtures/apps', SECRETS_KEY });
  browser = await launchBrowser();
  await setUpAccount(server.url, OWNER);
  // App pages run in an opaque origin: the SDK must be loadable from there.
  const sdk = await fetch(`${server.url}/app-sdk.js`);
  expect(sdk.status).toBe(200);
  expect(sdk.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  expect(await sdk.text()).toContain('TandemApps');
});

afterAll(async () => {
  for (const socket of visitors) socket.disconnect();
  await browser?.close();
  await expectCleanStop(server);
});

describe('Marketplace: install, use, disable and uninstall an app', () => {
  it('installs the test app through the Authorize application dialog and shows it in its places', async () => {
    const { context, page, errors } = await signedIn();
    await run(page, 'marketplace-journey', errors, async () => {
      // The catalog: a card per app, none installed yet.
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Marketplace' }).click();
      const card = page.getByTestId('app-card').filter({ hasText: 'Test App' });
      await card.waitFor();
      await expect(card.getByTestId('installed-badge').count()).resolves.toBe(0);
      await expect(page.getByTestId('app-card').count()).resolves.toBeGreaterThanOrEqual(3);
      await shot(page, '01-catalog');

      // Its detail page says what it accesses, in plain words, and where it shows up.
      await card.getByRole('link', { name: /View details and install/ }).click();
      await page.getByTestId('app-access').getByText('See your name, email address and account').waitFor();
      await page.getByTestId('app-access').getByText('Read the leads, contacts, deals, tasks and notes you can see in Sell').waitFor();
      await page.getByTestId('app-locations').getByText("In Sell: an icon in the top bar that opens a panel").waitFor();
      await shot(page, '02-detail');

      // Install: a subdomain that is not this account's is refused, with the server's words, and installs nothing.
      await page.getByRole('link', { name: 'Install' }).click();
      const subdomain = page.getByLabel('Account subdomain');
      await expect(subdomain.inputValue()).resolves.toBe('northwind');
      await subdomain.fill('southwind');
      await page.getByTestId('confirm-account-step').getByRole('button', { name: 'Install' }).click();
      await page.getByTestId('install-failures').getByText(/Type northwind to install here/).waitFor();
      const session = await sessionCookie(server.url, OWNER.email, OWNER.password);
      const before = await fetch(`${server.url}/api/marketplace/installations?product=chat`, { headers: { cookie: session.cookie } });
      expect(((await before.json()) as { installations: unknown[] }).installations).toEqual([]);

      // Confirmed: the app's install page, its form generated from the manifest.
      await subdomain.fill('northwind');
      await page.getByTestId('confirm-account-step').getByRole('button', { name: 'Install' }).click();
      const settings = page.getByTestId('app-settings-step');
      await settings.waitFor();
      await expect(settings.getByLabel('Greeting').inputValue()).resolves.toBe('Hello');
      await settings.getByRole('button', { name: 'Continue' }).click();
      await settings.getByText('Fill this in.').waitFor();
      await settings.getByLabel(/API key/).fill(API_KEY);
      await shot(page, '03-install-page');
      await settings.getByRole('button', { name: 'Continue' }).click();

      // Sign in to the app: the Authorize application dialog, then back to My Apps.
      const signInStep = page.getByTestId('sign-in-step');
      await signInStep.getByText('See your name, email address and account').waitFor();
      await shot(page, '03b-sign-in-step');
      await signInStep.getByRole('link', { name: 'Sign in to Test App' }).click();
      const dialog = page.getByTestId('oauth-authorize');
      await dialog.waitFor();
      await expect(dialog.innerText()).resolves.toContain('Test App');
      await shot(page, '04-authorize-dialog');
      await dialog.getByRole('button', { name: 'Authorize' }).click();
      await page.waitForURL(/\/chat\/apps/);
      await page.getByTestId('sign-in-outcome').getByText('Test App is connected').waitFor();
      const row = page.getByTestId('installed-app').filter({ hasText: 'Test App' });
      await row.getByTestId('installation-status').getByText('Active').waitFor();
      await expect(row.getByRole('switch').isChecked()).resolves.toBe(true);
      await shot(page, '05-my-apps');

      // Its settings: the secret says "Saved", and its value is nowhere in the page.
      await row.getByRole('link', { name: 'Settings' }).click();
      const form = page.getByTestId('installation-settings');
      await expect(form.getByLabel('Greeting').inputValue()).resolves.toBe('Hello');
      await form.getByText('Saved', { exact: true }).waitFor();
      await expect(form.getByLabel(/API key/).inputValue()).resolves.toBe('');
      expect(await page.content()).not.toContain(API_KEY);
      await shot(page, '06-app-settings');

      // In Sell's top bar: an icon opening a panel with the app, told where it is.
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Sell' }).click();
      await page.getByTestId('sell-top-bar').getByRole('button', { name: 'Open Test App' }).click();
      const topBar = await frameIn(page, '[data-testid="top-bar-panel"]');
      await expect.poll(() => topBar.locator('#context').innerText(), PATIENTLY).toContain('"location": "sell_top_bar"');
      await topBar.getByRole('button', { name: 'Call /v2/users/self' }).click();
      await expect.poll(() => topBar.locator('#request-result').innerText(), PATIENTLY).toContain(OWNER.name);
      await shot(page, '07-app-in-sell-top-bar');

      // The token the app's requests carry works now (the server keeps it; the test reads it there).
      const token = readAccessToken(server.dataDir, SECRETS_KEY, 'test-app');
      expect(token).toBeTruthy();
      const withToken = () => fetch(`${server.url}/v2/users/self`, { headers: { authorization: `Bearer ${token}` } });
      expect((await withToken()).status).toBe(200);

      // Beside a chat: the agent serves a visitor; the app gets the chat as context.
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
      await page.getByText('No visitor is waiting.').waitFor();
      const visitor = await visitorStartsChat('Vera Visitor', 'vera@example.test', 'Do you rent tents?');
      const request = page.getByTestId('incoming-request');
      await request.getByRole('button', { name: 'Serve' }).click();
      const panel = page.getByTestId('apps-panel');
      const sidebarApp = panel.getByTestId('sidebar-app').filter({ hasText: 'Test App' });
      await sidebarApp.waitFor();
      const sidebar = await frameIn(page, '[data-testid="apps-panel"]');
      await expect.poll(() => sidebar.locator('#context').innerText(), PATIENTLY).toContain('"location": "chat_sidebar"');
      const appContext = JSON.parse(await sidebar.locator('#context').innerText()) as { user: { name: string }; chat: { id: string; visitor: { name: string; email: string } } };
      expect(appContext.user.name).toBe(OWNER.name);
      expect(appContext.chat.visitor).toMatchObject({ name: 'Vera Visitor', email: 'vera@example.test' });

      // request() goes through the server's proxy with the app's token: the owner's name comes back.
      await sidebar.getByRole('button', { name: 'Call /v2/users/self' }).click();
      await expect.poll(() => sidebar.locator('#request-result').innerText(), PATIENTLY).toContain(OWNER.name);
      await expect(sidebar.locator('#request-result').innerText()).resolves.toContain('"status": 200');

      // Events: the app hears new messages, a visitor who gives their phone, and the chat's end.
      await sidebar.evaluate(async () => {
        const w = globalThis as unknown as AppWindow;
        w.heard = [];
        const client = await w.TandemApps.connect();
        for (const event of ['chat.message', 'chat.visitor_changed', 'chat.ended']) client.on(event, (data) => w.heard.push([event, data]));
      });
      const heard = () => sidebar.evaluate(() => JSON.stringify((globalThis as unknown as AppWindow).heard));
      await visitor.timeout(5000).emitWithAck('chat:message', { chatId: appContext.chat.id, clientId: crypto.randomUUID(), text: 'Also, do you ship to Osaka?' });
      await expect.poll(heard, PATIENTLY).toContain('Also, do you ship to Osaka?');
      await visitor.timeout(5000).emitWithAck('visitor:identify', { phone: '+81 6-1234-5678' });
      await expect.poll(heard, PATIENTLY).toContain('+81 6-1234-5678');
      const header = panel.getByRole('button', { name: 'Test App' });
      await expect(header.getAttribute('aria-expanded')).resolves.toBe('true');
      await shot(page, '08-app-beside-chat');
      await panel.screenshot({ path: path.join(SHOTS, '08b-apps-panel.png') });
      await page.getByRole('button', { name: 'End chat' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'End chat' }).click();
      await expect.poll(heard, PATIENTLY).toContain('"ended_by":"agent"');
      // Folding keeps the app running but out of the way.
      await header.click();
      await expect(header.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect.poll(() => panel.locator('iframe').isHidden(), PATIENTLY).toBe(true);
      expect(sidebar.isDetached()).toBe(false);
      await header.click();
      await panel.locator('iframe').waitFor();

      // Disabled: gone from beside the chat and from Sell's top bar.
      await page.getByRole('tab', { name: 'My Apps' }).click();
      await row.getByRole('switch').click(); // the switch follows the server's answer, so the line below waits for it
      await row.getByText('Disabled').waitFor();
      await page.getByRole('tab', { name: 'Dashboard' }).click();
      await panel.getByText('Apps you install from the Marketplace show here.').waitFor();
      await expect(panel.getByTestId('sidebar-app').count()).resolves.toBe(0);
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Sell' }).click();
      await page.getByRole('heading', { name: 'Leads' }).waitFor();
      await expect(page.getByTestId('top-bar-app').count()).resolves.toBe(0);

      // Uninstalled: the confirmation says its access goes; afterwards its token is refused.
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
      await page.getByRole('tab', { name: 'My Apps' }).click();
      await row.getByRole('button', { name: 'Uninstall' }).click();
      const confirm = page.getByRole('dialog');
      await expect(confirm.getByTestId('uninstall-warning').innerText()).resolves.toContain('its access to your account will be revoked');
      await shot(page, '09-uninstall-confirmation');
      await confirm.getByRole('button', { name: 'Uninstall' }).click();
      await page.getByText('No apps installed').waitFor();
      expect((await withToken()).status).toBe(401);
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Marketplace' }).click();
      await expect(page.getByTestId('app-card').filter({ hasText: 'Test App' }).getByTestId('installed-badge').count()).resolves.toBe(0);
    });
    await context.close();
  });
});

describe('App sandbox', () => {
  it("keeps the host page, its cookies and the app's OAuth token out of the app's frame", async () => {
    await installWithSignIn(server.url, await sessionCookie(server.url, OWNER.email, OWNER.password), 'test-app', { api_key: API_KEY });
    const token = readAccessToken(server.dataDir, SECRETS_KEY, 'test-app');
    expect(token).toBeTruthy();

    const { context, page, errors } = await signedIn();
    // Everything the bridge delivers to an app frame, as the frame receives it.
    await context.addInitScript(() => {
      const w = globalThis as unknown as AppWindow;
      if (!w.location.pathname.startsWith('/apps/')) return;
      w.delivered = [];
      w.addEventListener('message', (event) => w.delivered.push(JSON.stringify(event.data)));
    });
    // And everything the host page itself is told by the server.
    const answers: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/')) void response.text().then((text) => answers.push(text), () => undefined);
    });
    await run(page, 'marketplace-sandbox', errors, async () => {
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Sell' }).click();
      await page.getByTestId('sell-top-bar').getByRole('button', { name: 'Open Test App' }).click();
      const iframe = page.locator('[data-testid="top-bar-panel"] iframe');
      await expect(iframe.getAttribute('sandbox')).resolves.toBe('allow-scripts allow-forms allow-popups');
      const frame = await frameIn(page, '[data-testid="top-bar-panel"]');
      await expect.poll(() => frame.locator('#context').innerText(), PATIENTLY).toContain('"installation_id"');
      await frame.getByRole('button', { name: 'Call /v2/users/self' }).click();
      await expect.poll(() => frame.locator('#request-result').innerText(), PATIENTLY).toContain(OWNER.name);

      // What the app's own probes found, and the same questions asked again here.
      await expect.poll(() => frame.locator('#probe-session').innerText(), PATIENTLY).not.toBe('…');
      await expect(frame.locator('#probe-parent').innerText()).resolves.toMatch(/^blocked: SecurityError/);
      await expect(frame.locator('#probe-cookie').innerText()).resolves.toMatch(/^blocked: SecurityError/);
      expect(await frame.locator('#probe-session').innerText()).toMatch(/^(blocked: |read: 401 )/);
      const probes = await frame.evaluate(async () => {
        const attempt = (read: () => string) => {
          try {
            return `read: ${read()}`;
          } catch (error) {
            return `blocked: ${(error as Error).name}`;
          }
        };
        const w = globalThis as unknown as AppWindow;
        const session = await fetch('/api/session', { credentials: 'include' }).then(
          (response) => `read: ${response.status}`,
          (error: Error) => `blocked: ${error.name}`,
        );
        return { parent: attempt(() => w.parent.document.body.innerHTML), cookie: attempt(() => w.document.cookie), session, origin: w.origin };
      });
      expect(probes.origin).toBe('null');
      expect(probes.parent).toBe('blocked: SecurityError');
      expect(probes.cookie).toBe('blocked: SecurityError');
      expect(probes.session).toMatch(/^(blocked: |read: 401$)/);

      // The token (and the secret setting) appear nowhere the browser can see.
      const frameText = await frame.content();
      const delivered = await frame.evaluate(() => (globalThis as unknown as AppWindow).delivered.join('\n'));
      expect(delivered).toContain('"reply_to"');
      expect(delivered).toContain(OWNER.name);
      for (const secret of [token!, API_KEY]) {
        expect(frameText).not.toContain(secret);
        expect(delivered).not.toContain(secret);
        expect(await page.content()).not.toContain(secret);
        expect(answers.join('\n')).not.toContain(secret);
      }
      await shot(page, '10-sandboxed-app');
    });
    await context.close();
  });

  it('offers Reconnect where the app shows once its grant is revoked, and reconnects through the dialog (O-9)', async () => {
    const session = await sessionCookie(server.url, OWNER.email, OWNER.password);
    const { grants } = (await (await fetch(`${server.url}/api/oauth/grants`, { headers: { cookie: session.cookie } })).json()) as { grants: { id: number; appName: string }[] };
    const grant = grants.find((candidate) => candidate.appName === 'Test App');
    expect(grant).toBeDefined();
    const revoked = await fetch(`${server.url}/api/oauth/grants/${grant!.id}`, { method: 'DELETE', headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken } });
    expect(revoked.status).toBe(204);

    const { context, page, errors } = await signedIn();
    await run(page, 'marketplace-reconnect', errors, async () => {
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Sell' }).click();
      await page.getByTestId('sell-top-bar').getByRole('button', { name: 'Open Test App' }).click();
      const frame = await frameIn(page, '[data-testid="top-bar-panel"]');
      await frame.getByRole('button', { name: 'Call /v2/users/self' }).click();
      // The request finds the grant revoked: the panel turns into the offer to reconnect.
      const offer = page.getByTestId('top-bar-panel').getByTestId('app-needs-reconnect');
      await offer.getByText('Test App lost its access').waitFor();
      await shot(page, '13-reconnect-offer');
      await offer.getByRole('button', { name: 'Reconnect' }).click();
      const dialog = page.getByTestId('oauth-authorize');
      await dialog.getByRole('button', { name: 'Authorize' }).click();
      await page.getByTestId('sign-in-outcome').getByText('Test App is connected').waitFor();
      await page.getByTestId('installed-app').filter({ hasText: 'Test App' }).getByTestId('installation-status').getByText('Active').waitFor();
      await page.getByTestId('product-switcher').getByRole('link', { name: 'Sell' }).click();
      await page.getByTestId('sell-top-bar').getByRole('button', { name: 'Open Test App' }).click();
      const again = await frameIn(page, '[data-testid="top-bar-panel"]');
      await again.getByRole('button', { name: 'Call /v2/users/self' }).click();
      await expect.poll(() => again.locator('#request-result').innerText(), PATIENTLY).toContain(OWNER.name);
    });
    await context.close();
  });

  it('speaks Japanese in the catalog and My Apps', async () => {
    const { context, page, errors } = await signedIn('ja-JP');
    await run(page, 'marketplace-japanese', errors, async () => {
      await page.goto(`${server.url}/marketplace`);
      await page.getByTestId('app-card').filter({ hasText: 'Sell for Chat' }).getByRole('link', { name: /詳細を表示してインストール/ }).waitFor();
      await page.goto(`${server.url}/chat/apps`);
      await page.getByRole('heading', { name: 'マイアプリ' }).waitFor();
      const row = page.getByTestId('installed-app').filter({ hasText: 'Test App' });
      await row.getByText('有効', { exact: true }).waitFor();
      await row.getByRole('button', { name: 'アンインストール' }).waitFor();
      await shot(page, '11-my-apps-japanese');
    });
    await context.close();
  });
});

describe('Install rules in the Marketplace', () => {
  it('tells a Chat admin who is not the owner that only the owner can install a Chat app, and installs nothing', async () => {
    const owner = await sessionCookie(server.url, OWNER.email, OWNER.password);
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ ...ADMIN, chatRole: 'admin', supportRole: 'admin', sellRole: 'admin' }),
    });
    expect(created.status, await created.clone().text()).toBe(200);
    const { context, page, errors } = await signedIn('en-US', ADMIN);
    await run(page, 'marketplace-not-owner', errors, async () => {
      await page.goto(`${server.url}/marketplace/sell-for-chat`);
      await page.getByText("You can't install this app yet").waitFor();
      await page.getByRole('link', { name: 'Install' }).click();
      await page.getByTestId('confirm-account-step').getByRole('button', { name: 'Install' }).click();
      const failures = page.getByTestId('install-failures');
      await failures.getByText('Only the Chat account owner can install this app.', { exact: false }).waitFor();
      await expect(failures.innerText()).resolves.toContain(OWNER.name);
      await expect(page.getByTestId('app-settings-step').count()).resolves.toBe(0);
      await shot(page, '12-install-refused');
    });
    const listed = await fetch(`${server.url}/api/marketplace/installations?product=chat`, { headers: { cookie: owner.cookie } });
    const { installations } = (await listed.json()) as { installations: { app_id: string }[] };
    expect(installations.map((installation) => installation.app_id)).not.toContain('sell-for-chat');
    await context.close();
  });
});

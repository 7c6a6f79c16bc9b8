import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

/**
 * The Authorize application dialog as a person meets it: sent by an app while signed out, signing
 * in, authorizing (or cancelling) with the keyboard, and later revoking the app in Sell settings.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const REDIRECT_URI = 'https://pipeline-pal.example.test/callback';

let server: RunningServer;
let browser: Browser;
let client: { id: string; secret: string };

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const setup = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountName: 'Northwind Outfitters', subdomain: 'northwind', ownerName: OWNER.name, ...OWNER }),
  });
  expect(setup.status, await setup.clone().text()).toBe(200);
  // Registered the way an administrator does it: the command line, on the server's own database.
  const { stdout } = await promisify(execFile)(
    path.resolve('node_modules/.bin/tsx'),
    ['src/cli/tandem.ts', 'oauth:client-create', '--account', 'northwind', '--name', 'Pipeline Pal', '--redirect-uri', REDIRECT_URI],
    { env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'silent' } },
  );
  client = { id: /^client_id: (\S+)$/m.exec(stdout)![1]!, secret: /^client_secret: (\S+)$/m.exec(stdout)![1]! };
});

afterAll(async () => {
  await browser?.close();
  expect(await server?.stop()).toBe(0);
});

function authorizeUrl(state: string, overrides: Record<string, string> = {}) {
  const query = new URLSearchParams({ response_type: 'code', client_id: client.id, redirect_uri: REDIRECT_URI, scope: 'read profile', state, ...overrides });
  return `${server.url}/oauth2/authorize?${query}`;
}

/** A browser whose "app" at the redirect URI is a stand-in page (this machine has no internet). */
async function openBrowser(locale = 'en-US') {
  const context: BrowserContext = await browser.newContext({ locale, viewport: { width: 1280, height: 860 } });
  await context.route('https://pipeline-pal.example.test/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>Pipeline Pal</h1>' }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

async function signInOnPage(page: Page) {
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel('Email').fill(OWNER.email);
  await form.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

async function run(page: Page, name: string, errors: string[], steps: () => Promise<void>) {
  try {
    await steps();
  } catch (error) {
    await screenshot(page, `${name}-failure`);
    throw new Error(`${(error as Error).message}\npage errors: ${errors.join(' | ') || 'none'}`, { cause: error });
  }
  expect(errors).toEqual([]);
}

async function redeem(code: string) {
  const response = await fetch(`${server.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: client.id, client_secret: client.secret }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

const usersSelf = (token: string) => fetch(`${server.url}/v2/users/self`, { headers: { authorization: `Bearer ${token}` } });

describe('Authorize application dialog', () => {
  it('signs a signed-out user in, authorizes with the keyboard, cancels, then revokes in Sell settings', async () => {
    const { context, page, errors } = await openBrowser();
    await run(page, 'oauth-consent', errors, async () => {
      // Signed out: sign in first, then straight back to the dialog.
      await page.goto(authorizeUrl('first-state'));
      await page.waitForURL(/\/sign-in\?next=/);
      await signInOnPage(page);
      const dialog = page.getByTestId('oauth-authorize');
      await dialog.waitFor();
      await page.getByRole('heading', { name: 'Authorize application', level: 1 }).waitFor();
      await expect(page.getByTestId('oauth-app-name').innerText()).resolves.toBe('Pipeline Pal');
      await expect(page.getByTestId('oauth-account').innerText()).resolves.toMatch(/^Northwind Outfitters\s+northwind$/);
      await expect(page.getByTestId('oauth-user').innerText()).resolves.toMatch(new RegExp(`^${OWNER.name}\\s+${OWNER.email}$`));
      const scopes = await page.getByTestId('oauth-scopes').innerText();
      expect(scopes).toContain('Read the leads, contacts, deals, notes and tasks you can see.');
      expect(scopes).toContain('See your name and email address');
      expect(scopes).not.toContain('Create, change and delete');
      await screenshot(page, 'oauth-consent-01-dialog');

      // Authorize has the focus: Enter authorizes.
      await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Authorize');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href.startsWith(REDIRECT_URI));
      const landed = new URL(page.url());
      expect(landed.searchParams.get('state')).toBe('first-state');
      const token = await redeem(landed.searchParams.get('code')!);
      expect((await usersSelf(token)).status).toBe(200);

      // Cancel (reached with Shift+Tab) goes back with access_denied.
      await page.goto(authorizeUrl('second-state'));
      await dialog.waitFor();
      await page.keyboard.press('Shift+Tab');
      await expect(page.evaluate('document.activeElement?.textContent')).resolves.toBe('Cancel');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href.startsWith(REDIRECT_URI));
      const cancelled = new URL(page.url());
      expect(cancelled.searchParams.get('error')).toBe('access_denied');
      expect(cancelled.searchParams.get('state')).toBe('second-state');
      expect(cancelled.searchParams.get('code')).toBeNull();

      // A redirect URI the app never registered: the page says so and goes nowhere.
      await page.goto(authorizeUrl('third-state', { redirect_uri: 'https://evil.example.test/steal' }));
      await page.getByTestId('oauth-error').getByText('asked to send you to an address it hasn’t registered').waitFor();
      expect(new URL(page.url()).pathname).toBe('/oauth2/authorize');
      await screenshot(page, 'oauth-consent-02-wrong-redirect');

      // Sell settings › Authorized apps: revoke, confirm, and the app's token stops working.
      await page.goto(`${server.url}/sell/settings/api-tokens`);
      await page.getByTestId('settings-nav').getByRole('link', { name: 'Authorized apps' }).click();
      const table = page.getByTestId('authorized-apps-table');
      await table.getByText('Pipeline Pal').waitFor();
      await screenshot(page, 'oauth-consent-03-authorized-apps');
      await table.getByRole('button', { name: 'Revoke access of Pipeline Pal' }).click();
      const confirm = page.getByRole('dialog');
      await confirm.getByText('will lose its access to Tandem at once').waitFor();
      await confirm.getByRole('button', { name: 'Revoke' }).click();
      await page.getByText('No authorized apps').waitFor();
      expect((await usersSelf(token)).status).toBe(401);
    });
    await context.close();
  });

  it('speaks Japanese', async () => {
    const { context, page, errors } = await openBrowser('ja-JP');
    await run(page, 'oauth-consent-ja', errors, async () => {
      await page.goto(`${server.url}/sign-in`);
      await page.evaluate("localStorage.setItem('tandem.language', 'ja')");
      await page.goto(`${server.url}/sign-in?next=${encodeURIComponent(authorizeUrl('ja-state').replace(server.url, ''))}`);
      const form = page.getByTestId('sign-in-form');
      await form.getByLabel('メールアドレス').fill(OWNER.email);
      await form.getByLabel('パスワード', { exact: true }).fill(OWNER.password);
      await form.getByRole('button', { name: 'サインイン' }).click();
      await page.getByRole('heading', { name: 'アプリケーションを承認', level: 1 }).waitFor();
      await page.getByRole('button', { name: '承認', exact: true }).waitFor();
      await page.getByRole('button', { name: 'キャンセル' }).waitFor();
      await screenshot(page, 'oauth-consent-04-dialog-ja');
    });
    await context.close();
  });
});

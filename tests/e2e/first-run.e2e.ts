import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  // SIGTERM: the server finishes what it is doing, closes the database and exits cleanly.
  expect(await server?.stop()).toBe(0);
});

describe('first run', () => {
  it('sets up the account, signs out and in again, and reaches every product from the switcher', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.url);

    const setup = page.getByTestId('setup-form');
    await setup.waitFor();
    await screenshot(page, 'first-run-setup');
    await setup.getByLabel('Account name').fill('Acme Robotics');
    await expect(setup.getByLabel('Subdomain').inputValue()).resolves.toBe('acme-robotics');
    await setup.getByLabel('Your name').fill('Ana Owner');
    await setup.getByLabel('Email').fill('ana@acme.test');
    await setup.getByLabel('Password', { exact: true }).fill('long enough secret');
    await setup.getByLabel('Confirm password').fill('long enough secret');
    await setup.getByRole('button', { name: 'Create account' }).click();

    const switcher = page.getByTestId('product-switcher');
    await switcher.waitFor();
    await expect(page.getByRole('heading', { name: 'Welcome, Ana Owner' }).isVisible()).resolves.toBe(true);
    for (const product of ['Sell', 'Chat', 'Marketplace', 'Admin']) {
      await expect(switcher.getByRole('link', { name: product }).isVisible()).resolves.toBe(true);
    }
    await screenshot(page, 'first-run-home');

    // The session cookie is httpOnly: page scripts cannot read it.
    await expect(page.evaluate('document.cookie')).resolves.not.toContain('tandem_session');

    await page.getByRole('button', { name: /User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    const signIn = page.getByTestId('sign-in-form');
    await signIn.waitFor();
    await signIn.getByLabel('Email').fill('ana@acme.test');
    await signIn.getByLabel('Password', { exact: true }).fill('wrong password');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await screenshot(page, 'first-run-sign-in-error');
    await signIn.getByLabel('Password', { exact: true }).fill('long enough secret');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await switcher.waitFor();

    await switcher.getByRole('link', { name: 'Admin' }).click();
    await page.getByTestId('users-table').waitFor();
    await expect(page.getByTestId('users-table').getByText('ana@acme.test').isVisible()).resolves.toBe(true);
    await screenshot(page, 'first-run-admin-users');
    await context.close();
  });

  it('answers an unknown subdomain with a clear 404 page', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`http://nobody.localhost:${server.port}/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'No account here' }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});

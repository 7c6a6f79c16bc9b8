import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser.ts';
import { apiSession } from './support/api-session.ts';
import { runJourney, signInBrowser } from './support/journey.ts';
import { startServer, type RunningServer } from './support/server.ts';

/**
 * Sell settings as an admin uses them (lead statuses reordered with the keyboard, sources, custom
 * fields, a distribution pool and its picks, an API token shown once) and as a rep sees them.
 */

const ADMIN = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const REP = { name: 'Rita Rep', email: 'rita@northwind.test', password: 'rep password 12' };

let server: RunningServer;
let browser: Browser;

const signIn = (email: string, password: string, locale?: string) => signInBrowser(browser, server.url, email, password, locale);

let admin: Awaited<ReturnType<typeof apiSession>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const setup = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountName: 'Northwind Outfitters', subdomain: 'northwind', ownerName: ADMIN.name, ...ADMIN }),
  });
  expect(setup.status, await setup.clone().text()).toBe(200);
  admin = await apiSession(server.url, ADMIN.email, ADMIN.password);
  await admin('POST', '/api/users', { name: REP.name, email: REP.email, password: REP.password, sellRole: 'user' });
});

afterAll(async () => {
  await browser?.close();
  expect(await server?.stop()).toBe(0);
});

describe('Sell settings', () => {
  it('lets an admin shape statuses, sources, custom fields, pools and tokens', async () => {
    const { context, page, errors } = await signIn(ADMIN.email, ADMIN.password);
    await runJourney(page, 'sell-settings', errors, async () => {
      await page.goto(`${server.url}/sell/settings`);
      const statuses = page.getByTestId('lead-statuses-card');
      await statuses.getByTestId('lead-status-row').first().waitFor();

      // Add, rename, reorder with the keyboard, and choose the default.
      await statuses.getByLabel('New lead status').fill('Nurturing');
      await statuses.getByRole('button', { name: 'Add' }).click();
      await statuses.getByTestId('lead-status-row').filter({ hasText: 'Nurturing' }).waitFor();
      await statuses.getByRole('button', { name: 'Rename Working' }).click();
      await statuses.getByLabel('New name for Working').fill('Contacted');
      await statuses.getByLabel('New name for Working').press('Enter');
      await statuses.getByTestId('lead-status-row').filter({ hasText: 'Contacted' }).waitFor();
      await statuses.getByRole('button', { name: 'Move Nurturing' }).focus();
      await page.keyboard.press('Space');
      await page.waitForTimeout(150);
      await page.keyboard.press('ArrowUp');
      await page.waitForTimeout(150);
      await page.keyboard.press('Space');
      const order = async () => ((await admin('GET', '/v2/lead_statuses')).items as { data: { name: string } }[]).map((i) => i.data.name);
      await expect.poll(order, { timeout: 10_000 }).toEqual(['New', 'Contacted', 'Nurturing', 'Unqualified']);
      await statuses.getByTestId('lead-status-row').filter({ hasText: 'Contacted' }).getByRole('button', { name: 'Make default' }).click();
      await statuses.getByTestId('lead-status-row').filter({ hasText: 'Contacted' }).getByText('Default').waitFor();
      await screenshot(page, 'sell-settings-01-lead-statuses');

      // Lead sources: a name already taken is refused by the server, next to the input.
      await page.getByTestId('settings-nav').getByRole('link', { name: 'Lead sources' }).click();
      const sources = page.getByTestId('lead-sources-card');
      for (const name of ['Trade fair', 'Website', 'Trade fair']) {
        await sources.getByLabel('New lead source').fill(name);
        await sources.getByRole('button', { name: 'Add' }).click();
      }
      await sources.getByText('A lead source named "Trade fair" already exists.').waitFor();
      await sources.getByRole('button', { name: 'Delete Website' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await expect.poll(() => sources.getByText('Website').count()).toBe(0);
      await screenshot(page, 'sell-settings-02-lead-sources');

      // Custom fields: a choice field with its choices.
      await page.getByTestId('settings-nav').getByRole('link', { name: 'Custom fields' }).click();
      await page.getByRole('button', { name: 'New field' }).first().click();
      const field = page.getByTestId('custom-field-form');
      await field.getByLabel('Name').fill('Tier');
      await field.getByLabel('Type').click();
      await page.getByRole('option', { name: 'Choice', exact: true }).click();
      const choices = field.getByLabel('Choices');
      for (const choice of ['Gold', 'Silver', 'Bronze']) {
        await choices.fill(choice);
        await choices.press('Enter');
      }
      await field.getByRole('button', { name: 'Create field' }).click();
      await page.getByTestId('custom-fields-table').getByText('Silver').waitFor();
      const definitions = (await admin('GET', '/v2/lead/custom_fields')).items.map((i: { data: unknown }) => i.data);
      expect(definitions).toMatchObject([{ name: 'Tier', type: 'list', choices: [{ name: 'Gold' }, { name: 'Silver' }, { name: 'Bronze' }] }]);
      await screenshot(page, 'sell-settings-03-custom-fields');

      // A pool of two, then a lead created for the pool: the pick and its reason show up.
      await page.getByTestId('settings-nav').getByRole('link', { name: 'Distribution pools' }).click();
      await page.getByRole('button', { name: 'New pool' }).first().click();
      const pool = page.getByTestId('pool-form');
      await pool.getByLabel('Name').fill('Inbound team');
      for (const member of [REP.name, ADMIN.name]) {
        await pool.getByLabel('Add a member').click();
        await page.getByRole('option', { name: member }).click();
      }
      await pool.getByRole('button', { name: 'Create pool' }).click();
      const card = page.getByTestId('pool-card').filter({ hasText: 'Inbound team' });
      await card.getByText(`${REP.name} · next`).waitFor();

      await page.goto(`${server.url}/sell/leads`);
      await page.getByRole('button', { name: 'New lead' }).first().click();
      const lead = page.getByTestId('lead-form');
      await lead.getByLabel('Last name').fill('Babbage');
      await lead.getByLabel('Owner').click();
      await page.getByRole('option', { name: 'Inbound team (next in rotation)' }).click();
      await lead.getByLabel('Tier').click();
      await page.getByRole('option', { name: 'Gold' }).click();
      await lead.getByRole('button', { name: 'Create lead' }).click();
      await page.getByRole('heading', { name: 'Babbage', level: 1 }).waitFor();
      await expect(page.getByTestId('lead-details').innerText()).resolves.toContain(REP.name);

      await page.goto(`${server.url}/sell/settings/pools`);
      await card.getByText(`${ADMIN.name} · next`).waitFor();
      await card.getByRole('button', { name: 'Recent picks' }).click();
      await card.getByTestId('pool-picks').getByRole('link', { name: /got lead #\d+/ }).waitFor();
      await screenshot(page, 'sell-settings-04-pools');

      // An API token: its secret once, then it works, then it is revoked.
      await page.getByTestId('settings-nav').getByRole('link', { name: 'API tokens' }).click();
      await page.getByRole('button', { name: 'New token' }).first().click();
      const tokenForm = page.getByTestId('create-token-form');
      await tokenForm.getByLabel('Name').fill('Reporting script');
      await tokenForm.getByLabel('Sync').uncheck();
      await tokenForm.getByRole('button', { name: 'Create token' }).click();
      const secretPanel = page.getByTestId('token-secret');
      const secret = (await secretPanel.getByLabel('Token secret').innerText()).trim();
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      await secretPanel.getByRole('button', { name: 'Copy token' }).waitFor();
      await screenshot(page, 'sell-settings-05-token-secret');
      const self = await fetch(`${server.url}/v2/users/self`, { headers: { authorization: `Bearer ${secret}` } });
      expect(self.status).toBe(200);
      await secretPanel.getByRole('button', { name: 'Done' }).click();
      const tokens = page.getByTestId('api-tokens-table');
      await tokens.getByText(`…${secret.slice(-4)}`).waitFor();
      await expect(tokens.innerText()).resolves.not.toContain(secret);
      await screenshot(page, 'sell-settings-06-tokens');
      await tokens.getByRole('button', { name: 'Revoke Reporting script' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
      await page.getByText('No API tokens').waitFor();
      const revoked = await fetch(`${server.url}/v2/users/self`, { headers: { authorization: `Bearer ${secret}` } });
      expect(revoked.status).toBe(401);
    });
    await context.close();
  });

  it('shows a rep the settings read-only, saying who can change them', async () => {
    const { context, page, errors } = await signIn(REP.email, REP.password);
    await runJourney(page, 'sell-settings-rep', errors, async () => {
      await page.goto(`${server.url}/sell/settings/lead-statuses`);
      await page.getByTestId('admin-only-notice').getByText('Only Sell admins can change this').first().waitFor();
      await page.getByTestId('lead-status-row').first().waitFor();
      await expect(page.getByLabel('New lead status').count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name: /^Move / }).count()).resolves.toBe(0);
      await screenshot(page, 'sell-settings-07-rep-read-only');
      await page.getByTestId('settings-nav').getByRole('link', { name: 'Custom fields' }).click();
      await page.getByTestId('custom-fields-table').getByText('Tier').waitFor();
      await expect(page.getByRole('button', { name: 'New field' }).count()).resolves.toBe(0);
    });
    await context.close();
  });

  it('speaks Japanese', async () => {
    const { context, page, errors } = await signIn(REP.email, REP.password);
    await runJourney(page, 'sell-settings-ja', errors, async () => {
      await page.evaluate("localStorage.setItem('tandem.language', 'ja')");
      await page.goto(`${server.url}/sell/leads`);
      await page.getByRole('heading', { name: 'リード', level: 1 }).waitFor();
      await page.getByTestId('sell-nav').getByRole('link', { name: '取引先' }).waitFor();
      await screenshot(page, 'sell-settings-08-leads-ja');
      await page.goto(`${server.url}/sell/settings/pools`);
      await page.getByTestId('admin-only-notice').getByText('変更できるのは Sell 管理者だけです').first().waitFor();
      await page.getByTestId('pool-card').getByRole('button', { name: '最近の割り当て' }).click();
      await page.getByTestId('pool-picks').waitFor();
      await screenshot(page, 'sell-settings-09-pools-ja');
    });
    await context.close();
  });
});

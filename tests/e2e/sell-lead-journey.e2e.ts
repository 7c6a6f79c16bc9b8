import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser.ts';
import { apiSession } from './support/api-session.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { signInOnPage } from './support/journey.ts';
import { collectPageErrors } from './support/page-watch.ts';
import { expectCleanStop } from './support/stop-server.ts';
import { setUpAccount } from './support/account.ts';

/**
 * A rep's day with a lead (issue 3, "Done when"): sign in, create a lead with a custom field,
 * find it by search, convert it into a contact and a deal, move the deal across the pipeline
 * (with the keyboard and with the mouse), and see every step in the activity feed.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const REP = { name: 'Rita Rep', email: 'rita@northwind.test', password: 'rep password 12' };

let server: RunningServer;
let browser: Browser;
const pageErrors: string[] = [];


async function feedText(page: Page): Promise<string> {
  return (await page.getByTestId('activity-feed').innerText()).replace(/\s+/g, ' ');
}

/** The feed is written a moment after each change: wait until it says what it should. */
async function waitForFeed(page: Page, expected: RegExp) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const text = await feedText(page);
    if (expected.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`The feed never showed ${expected}; it says: ${text}`);
    await page.waitForTimeout(300);
  }
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await setUpAccount(server.url, OWNER);
  const admin = await apiSession(server.url, OWNER.email, OWNER.password);
  await admin('POST', '/api/users', { name: REP.name, email: REP.email, password: REP.password, sellRole: 'user' });
  // The custom field the rep fills in, made by the admin through the API first.
  await admin('POST', '/v2/lead/custom_fields', { data: { name: 'Budget', type: 'number', filterable: true } });
  await admin('POST', '/v2/lead_sources', { data: { name: 'Trade fair' } });
});

afterAll(async () => {
  await browser?.close();
  await expectCleanStop(server);
});

describe('Sell: a lead from first touch to a deal on the board', () => {
  it('creates, finds, converts and moves it, and the feed records each step', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    collectPageErrors(page, pageErrors);
    try {
      await journey(page);
    } catch (error) {
      await screenshot(page, 'sell-failure');
      throw new Error(`${(error as Error).message}\npage errors: ${pageErrors.join(' | ') || 'none'}`, { cause: error });
    }
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

async function journey(page: Page) {
  // Sign in as the rep and open Sell from the product switcher.
  await signInOnPage(page, server.url, REP.email, REP.password);
  await page.getByTestId('product-switcher').getByRole('link', { name: 'Sell' }).click();
  await page.getByText('No leads yet').waitFor();
  await expect(page.getByTestId('sell-nav').getByRole('link', { name: 'Leads' }).getAttribute('aria-current')).resolves.toBe('page');
  await screenshot(page, 'sell-01-leads-empty');

  // A lead needs a last name or a company: the form says so before sending anything.
  await page.getByRole('button', { name: 'New lead' }).first().click();
  const form = page.getByTestId('lead-form');
  await form.waitFor();
  await form.getByRole('button', { name: 'Create lead' }).click();
  await form.getByText('Enter a last name or a company.').waitFor();
  await form.getByLabel('Budget').fill('lots');
  await form.getByLabel('Email').fill('not an email');
  await form.getByLabel('Email').blur();
  await form.getByText('Enter a valid email address.').waitFor();
  await screenshot(page, 'sell-02-lead-form-errors');

  await form.getByLabel('First name').fill('Ada');
  await form.getByLabel('Last name').fill('Lovelace');
  await form.getByLabel('Company', { exact: true }).fill('Analytical Engines');
  await form.getByLabel('Job title').fill('Head of Research');
  await form.getByLabel('Email').fill('ada@engines.test');
  await form.getByLabel('Budget').fill('25000');
  await form.getByLabel('Source').click();
  await page.getByRole('option', { name: 'Trade fair' }).click();
  await form.getByRole('button', { name: 'Create lead' }).click();

  // The new lead's page: its custom field shown by type, its creation in the feed.
  await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor();
  await expect(page.getByTestId('custom-fields-card').innerText()).resolves.toContain('25,000');
  await waitForFeed(page, /Rita Rep created the lead/);
  await page.getByLabel('Add a note').fill('Met at the fair; wants a quote for 40 looms.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await waitForFeed(page, /Rita Rep added a note.*40 looms/);
  await page.getByLabel('New task').fill('Send the quote');
  await page.getByRole('button', { name: 'Add task' }).click();
  await page.getByTestId('tasks-card').getByText('Send the quote').waitFor();
  await waitForFeed(page, /added a task/);
  await screenshot(page, 'sell-03-lead-page');

  // Back in the list, search finds it.
  await page.getByTestId('sell-nav').getByRole('link', { name: 'Leads' }).click();
  await page.getByTestId('leads-table').waitFor();
  await page.getByRole('searchbox', { name: 'Search leads' }).fill('lovelace');
  await page.waitForURL(/q=lovelace/);
  const row = page.getByTestId('leads-table').getByRole('row', { name: /Ada Lovelace/ });
  await row.waitFor();
  await expect(page.getByTestId('leads-table').getByRole('row').count()).resolves.toBe(2);
  await screenshot(page, 'sell-04-leads-search');
  await page.getByRole('searchbox', { name: 'Search leads' }).fill('nobody like this');
  await page.getByText('Nothing matches', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await row.getByRole('link', { name: 'Ada Lovelace' }).click();

  // Convert: a contact (and her company) and a deal.
  await page.getByRole('button', { name: 'Convert' }).click();
  const convert = page.getByTestId('convert-form');
  await convert.waitFor();
  await expect(convert.getByLabel('Also create a deal').isChecked()).resolves.toBe(true);
  await convert.getByLabel('Deal name').fill('40 looms for Analytical Engines');
  await convert.getByLabel('Value').fill('48000');
  await screenshot(page, 'sell-05-convert-dialog');
  await convert.getByRole('button', { name: 'Convert lead' }).click();

  await page.getByRole('heading', { name: 'Ada Lovelace', level: 1 }).waitFor();
  await page.waitForURL(/\/sell\/contacts\/\d+$/);
  await page.getByTestId('contact-details').getByRole('link', { name: 'Analytical Engines' }).waitFor();
  await page.getByTestId('contact-deals').getByRole('link', { name: '40 looms for Analytical Engines' }).waitFor();
  // The contact carries the lead's history.
  await waitForFeed(page, /converted the lead.*added a note.*created the lead/);
  await screenshot(page, 'sell-06-contact-page');

  // The pipeline: the new deal waits in the first stage.
  await page.getByTestId('sell-nav').getByRole('link', { name: 'Pipeline' }).click();
  const board = page.getByTestId('pipeline-board');
  await board.waitFor();
  const column = (name: string) => board.getByTestId('stage-column').filter({ has: page.getByRole('heading', { name, exact: true }) });
  const card = (name: string) => column(name).getByTestId('deal-card').filter({ hasText: '40 looms' });
  await card('Incoming').waitFor();
  await expect(column('Incoming').getByTestId('stage-total').innerText()).resolves.toBe('$48,000.00');

  // With the keyboard: the handle, Space, one stage right, Space.
  await card('Incoming').getByRole('button', { name: 'Move 40 looms for Analytical Engines' }).focus();
  // The board's live region tells a screen reader (and this test) where the card is.
  const announced = (text: RegExp) => page.locator('[id^="DndLiveRegion"]').filter({ hasText: text }).waitFor({ state: 'attached' });
  await page.keyboard.press('Space');
  await announced(/Picked up 40 looms|40 looms for Analytical Engines is over Incoming/);
  await page.keyboard.press('ArrowRight');
  await announced(/is over Qualified/);
  await page.keyboard.press('Space');
  await announced(/dropped in Qualified/);
  await card('Qualified').waitFor();
  await expect(column('Incoming').getByTestId('deal-card').count()).resolves.toBe(0);

  // With the mouse: drag the card onto the next column.
  const from = await card('Qualified').boundingBox();
  const to = await column('Quote').boundingBox();
  if (!from || !to) throw new Error('the board is not laid out');
  await page.mouse.move(from.x + 40, from.y + 30);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 12 });
  await page.mouse.up();
  await card('Quote').waitFor();
  await expect(column('Quote').getByTestId('stage-total').innerText()).resolves.toBe('$48,000.00');
  // The server agrees (not just the optimistic card).
  await page.reload();
  await card('Quote').waitFor();
  await screenshot(page, 'sell-07-pipeline-board');

  // A move the server refuses puts the card back and says why.
  await page.route('**/v2/deals/*', (route) =>
    route.request().method() === 'PUT'
      ? route.fulfill({
          status: 500,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ error: { code: 'server_error', message: 'Boom.' } }], meta: { logref: 'test' } }),
        })
      : route.fallback(),
  );
  await card('Quote').getByRole('button', { name: 'Move 40 looms for Analytical Engines' }).focus();
  await page.keyboard.press('Space');
  await announced(/is over Quote/);
  await page.keyboard.press('ArrowRight');
  await announced(/is over Closure/);
  await page.keyboard.press('Space');
  await page.getByText('The server ran into a problem. Try again in a moment.').waitFor();
  await card('Quote').waitFor();
  await expect(column('Closure').getByTestId('deal-card').count()).resolves.toBe(0);
  await page.unroute('**/v2/deals/*');

  // The deal's feed: both moves, its creation, and the lead's history before it.
  await card('Quote').getByRole('link', { name: '40 looms for Analytical Engines' }).click();
  await page.getByRole('heading', { name: '40 looms for Analytical Engines', level: 1 }).waitFor();
  const dealFeed = await waitForFeed(page, /moved the deal from Qualified to Quote.*moved the deal from Incoming to Qualified/);
  expect(dealFeed).toMatch(/created the deal/);
  expect(dealFeed).toMatch(/converted the lead/);
  expect(dealFeed).toMatch(/created the lead/);
  await expect(page.getByTestId('deal-value').innerText()).resolves.toBe('$48,000.00');
  // The type chips narrow it to stage changes only.
  await page.getByRole('group', { name: 'Show' }).getByText('Stage changes').click();
  await waitForFeed(page, /^(?!.*created the lead).*moved the deal from Qualified to Quote/);
  await screenshot(page, 'sell-08-deal-page');

  // The lead says it was converted and leads on.
  await page.goto(`${server.url}/sell/leads`);
  await page.getByTestId('leads-table').getByRole('row', { name: /Ada Lovelace/ }).getByText('Converted').waitFor();
  await page.getByTestId('leads-table').getByRole('link', { name: 'Ada Lovelace' }).click();
  const notice = page.getByTestId('converted-notice');
  await notice.waitFor();
  await notice.getByRole('link', { name: 'Open the deal' }).waitFor();
  await expect(page.getByRole('button', { name: 'Convert' }).count()).resolves.toBe(0);
  await screenshot(page, 'sell-09-converted-lead');
}

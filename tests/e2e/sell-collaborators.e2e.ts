import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiSession } from './support/api-session.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { runJourney, signInBrowser } from './support/journey.ts';
import { startServer, type RunningServer } from './support/server.ts';

/**
 * A rep makes a colleague from another team a collaborator on a lead with the keyboard: the colleague
 * then finds the lead in their list and opens it, and loses it again when taken off.
 */

const ADMIN = { name: 'Olga Owner', email: 'olga@fabrikam.test', password: 'owner password 1' };
const RITA = { name: 'Rita Rep', email: 'rita@fabrikam.test', password: 'rep password 12' };
const OMAR = { name: 'Omar Other', email: 'omar@fabrikam.test', password: 'rep password 34' };

let server: RunningServer;
let browser: Browser;
let leadId: number;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const setup = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ accountName: 'Fabrikam', subdomain: 'fabrikam', ownerName: ADMIN.name, ...ADMIN }),
  });
  expect(setup.status, await setup.clone().text()).toBe(200);
  const admin = await apiSession(server.url, ADMIN.email, ADMIN.password);
  for (const rep of [RITA, OMAR]) await admin('POST', '/api/users', { ...rep, sellRole: 'user' });
  const rita = await apiSession(server.url, RITA.email, RITA.password);
  leadId = (await rita('POST', '/v2/leads', { data: { first_name: 'Grace', last_name: 'Hopper', organization_name: 'Navy' } })).data.id;
});

afterAll(async () => {
  await browser?.close();
  expect(await server?.stop()).toBe(0);
});

describe('Sell collaborators', () => {
  it('open a record to a colleague of another team, and close it again', async () => {
    const omar = await signInBrowser(browser, server.url, OMAR.email, OMAR.password);
    const rita = await signInBrowser(browser, server.url, RITA.email, RITA.password);
    const leadPath = `${server.url}/sell/leads/${leadId}`;

    await runJourney(omar.page, 'sell-collaborators-omar-before', omar.errors, async () => {
      await omar.page.goto(`${server.url}/sell/leads`);
      await omar.page.getByText('No leads yet').waitFor();
      await omar.page.goto(leadPath);
      await omar.page.getByText("This record isn't here").waitFor();
    });

    await runJourney(rita.page, 'sell-collaborators-rita', rita.errors, async () => {
      await rita.page.goto(leadPath);
      const card = rita.page.getByTestId('collaborators');
      await card.getByText('Only the owner works on this yet.', { exact: false }).waitFor();
      await card.getByRole('button', { name: 'Add collaborator' }).click();
      // The owner is not offered; Omar is picked with the keyboard.
      const picker = card.getByLabel('Collaborator');
      await picker.fill('Omar');
      await rita.page.getByRole('option', { name: OMAR.name }).waitFor();
      await rita.page.keyboard.press('ArrowDown');
      await rita.page.keyboard.press('Enter');
      await card.getByRole('button', { name: 'Add collaborator' }).press('Enter');
      await card.getByText(OMAR.name).waitFor();
      await screenshot(rita.page, 'sell-collaborators-01-added');
    });

    await runJourney(omar.page, 'sell-collaborators-omar-shared', omar.errors, async () => {
      await omar.page.goto(`${server.url}/sell/leads`);
      await omar.page.getByTestId('leads-table').getByRole('link', { name: 'Grace Hopper' }).click();
      await omar.page.getByRole('heading', { name: 'Grace Hopper', level: 1 }).waitFor();
      await omar.page.getByTestId('collaborators').getByText(OMAR.name).waitFor();
      await screenshot(omar.page, 'sell-collaborators-02-shared-lead');
    });

    await runJourney(rita.page, 'sell-collaborators-rita-remove', rita.errors, async () => {
      const card = rita.page.getByTestId('collaborators');
      await card.getByRole('button', { name: `Remove ${OMAR.name} from the collaborators` }).click();
      await card.getByText('Only the owner works on this yet.', { exact: false }).waitFor();
    });

    await runJourney(omar.page, 'sell-collaborators-omar-after', omar.errors, async () => {
      await omar.page.goto(leadPath);
      await omar.page.getByText("This record isn't here").waitFor();
    });
    await omar.context.close();
    await rita.context.close();
  });
});

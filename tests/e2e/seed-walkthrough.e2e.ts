import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { setUpAccount } from './support/account.ts';
import { apiSession } from './support/api-session.ts';
import { launchBrowser } from './support/browser.ts';
import { startCustomerSite, type CustomerSite } from './support/customer-site.ts';
import { signInOnPage } from './support/journey.ts';
import { collectPageErrors } from './support/page-watch.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { expectCleanStop } from './support/stop-server.ts';

/**
 * The whole source article, start to end, as people do it in a browser (issue 6, "Done when"): the
 * account owner enables the Chat integration, installs Sell for Chat (with the Authorize application
 * dialog) and Chat for Sell through the Marketplace, sets access, status, a source created by typing
 * and owners, publishes a Lead widget with a custom field, and enables past chats through the
 * confirmation dialog. A visitor then chats from the widget on a customer's page; an agent sees the
 * Sell card and creates a lead with the owner picker; the chat shows in that lead's feed in Sell; a
 * rep serves a second chat from Sell's top bar. Each of the three elements is turned off and on again,
 * its mark and its effect checked each time; a phase 4 Chat admin who is not the owner is refused.
 * Each step leaves a numbered screenshot under test-results/seed-walkthrough/.
 *
 * Only the people (and the Sell data the article takes as given: a pool, a custom field) are set up
 * through the API; everything the article describes is clicked and typed.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const ADMIN = { name: 'Adam Admin', email: 'adam@northwind.test', password: 'admin password 1' };
const AGENT = { name: 'Andy Agent', email: 'andy@northwind.test', password: 'agent password 1' };
const REP = { name: 'Rita Rep', email: 'rita@northwind.test', password: 'rep password 123' };
const SELLER = { name: 'Sam Seller', email: 'sam@northwind.test', password: 'seller password 1' };
const MEI = { name: 'Mei Tanaka', email: 'mei.tanaka@example.jp' };
const BO = { name: 'Bo Hiker', email: 'bo@trail.example' };
const POOL = 'Inbound team';
const CUSTOM_FIELD = 'Preferred language';
const SOURCE = 'Website chat';
const STATUS = 'Working';
const OWNER_REFUSAL = `Only the Chat account owner can install this app. The Chat owner is ${OWNER.name}.`;
const SHOTS = path.resolve('test-results/seed-walkthrough');
/** Whatever waits for the server and a push behind it (a card lookup, a feed projection, a frame). */
const PATIENTLY = { timeout: 15_000 };

let server: RunningServer;
let site: CustomerSite;
let browser: Browser;
const contexts: BrowserContext[] = [];
const errors: string[] = [];
const pages: Partial<Record<'olga' | 'adam' | 'andy' | 'rita' | 'mei' | 'bo', Page>> = {};
let shotNumber = 0;
let broken = false;

/** The customer's website on its own port: their page, and the widget's one script tag. */
const customerPage = (widgetUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northwind outdoor gear</title>
<style>body { font-family: Georgia, serif; margin: 40px; color: #234; } h1 { color: #2b6a4f; }</style></head>
<body><h1>Northwind outdoor gear</h1><p>Tents, boots and everything for the trail.</p>
<script src="${widgetUrl}" async></script></body></html>`;

/** A numbered picture of the page as its person sees it (the part in view, the element in focus). */
async function shot(page: Page, name: string, focus?: Locator) {
  if (focus) await focus.scrollIntoViewIfNeeded();
  shotNumber += 1;
  await page.screenshot({ path: path.join(SHOTS, `${String(shotNumber).padStart(2, '0')}-${name}.png`), animations: 'disabled' });
}

async function open(who: keyof typeof pages, person?: { email: string; password: string }, viewport = { width: 1440, height: 1000 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport });
  contexts.push(context);
  const page = await context.newPage();
  collectPageErrors(page, errors, who);
  if (person) await signInOnPage(page, server.url, person.email, person.password);
  pages[who] = page;
  return page;
}

const page = (who: keyof typeof pages): Page => {
  const found = pages[who];
  if (!found) throw new Error(`${who} has no page yet`);
  return found;
};

/**
 * One step of the walk-through. Steps build on each other: after one fails the rest are skipped, and
 * every open page is photographed where it stopped.
 */
function step(title: string, body: () => Promise<void>, timeout = 120_000) {
  it(title, { timeout }, async (context) => {
    if (broken) context.skip();
    try {
      await body();
      expect(errors, 'errors in the pages').toEqual([]);
    } catch (error) {
      broken = true;
      for (const [who, stuck] of Object.entries(pages)) await stuck?.screenshot({ path: path.join(SHOTS, `failure-${who}.png`) }).catch(() => undefined);
      throw new Error(`${(error as Error).message}\npage errors: ${errors.join(' | ') || 'none'}\nserver: ${server.output().slice(-2000)}`, { cause: error });
    }
  });
}

/** The value a description list gives for a term (the Sell card's fields, a record's details). */
const definition = (list: Locator, term: string) => list.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

/** One element of the integration on the Integrations page: its row, and its status mark (S-11). */
const elementRow = (p: Page, name: string) => p.getByTestId('chat-integration-card').getByTestId('integration-element').filter({ hasText: name });
const ELEMENTS = ['Sell app in Chat', 'Chat app in Sell', 'Show past chats in Sell'] as const;

/** The mark's colour as drawn, green or red, read from the badge's text colour. */
async function markColour(mark: Locator): Promise<'green' | 'red'> {
  // This file is type-checked without the DOM library: the page's own getComputedStyle, typed here.
  const rgb = await mark.evaluate((el) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { color: string } }).getComputedStyle(el).color);
  const [r, g] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (g ?? 0) > (r ?? 0) ? 'green' : 'red';
}

/** Each element's mark on the Integrations page, as words and colour. */
async function marks(p: Page) {
  const seen: Record<string, string> = {};
  for (const name of ELEMENTS) {
    const mark = elementRow(p, name).getByTestId('element-status');
    seen[name] = `${await mark.innerText()} (${await markColour(mark)})`;
  }
  return seen;
}

/** Sell › Settings › Integrations › Integrations, the way the article goes: the settings icon, then Integrations. */
async function openIntegrations(p: Page) {
  await p.goto(`${server.url}/sell/leads`);
  await p.getByTestId('sell-nav').getByRole('link', { name: 'Settings' }).click();
  await p.getByTestId('settings-nav').getByRole('link', { name: 'Integrations', exact: true }).click();
  await p.getByTestId('chat-integration-card').waitFor();
}

/** Back on Integrations › Integrations (by its address, the way a bookmark goes): the marks as expected. */
async function expectMarks(p: Page, expected: Record<(typeof ELEMENTS)[number], string>) {
  await p.goto(`${server.url}/sell/settings/integrations/integrations`);
  await p.getByTestId('chat-integration-card').waitFor();
  await expect.poll(() => marks(p), PATIENTLY).toEqual(expected);
}

/** Integrations › Chat › Settings. */
async function openChatSettings(p: Page) {
  await openIntegrations(p);
  await p.getByTestId('chat-integration-card').getByRole('link', { name: 'Settings' }).first().click();
  await p.getByRole('heading', { name: 'Chat settings' }).waitFor();
}

/** A setting saves as it changes: wait for its "Saved". */
const saved = (block: Locator) => block.getByTestId('save-state').and(block.locator('[data-status="success"]')).waitFor();

/** Chat › My Apps, or Sell › Settings › Integrations › Apps: one installed app's row. */
const installedApp = (p: Page, name: string) => p.getByRole('region', { name });

beforeAll(async () => {
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchBrowser();
  // The owner is Sell admin and Chat account owner (phase 4, Team plan: the defaults of a new account).
  await setUpAccount(server.url, OWNER);
  const owner = await apiSession(server.url, OWNER.email, OWNER.password);
  // A phase 4 Chat admin who is also a Sell admin and a Support admin, but not the Chat owner (S-6).
  await owner('POST', '/api/users', { ...ADMIN, sellRole: 'admin', chatRole: 'admin', supportRole: 'admin' });
  // An agent without a Sell seat: under "All agents" he sees Sell data all the same (S-13).
  await owner('POST', '/api/users', { ...AGENT, sellRole: 'none', chatRole: 'agent' });
  // A rep who is also a Chat agent, and a seller in a lead pool: the owners agents pick from (S-16).
  await owner('POST', '/api/users', { ...REP, sellRole: 'user', chatRole: 'agent' });
  const sam = (await owner('POST', '/api/users', { ...SELLER, sellRole: 'user', chatRole: 'none' })).user.id;
  await owner('POST', '/v2/pools', { data: { name: POOL, resource_type: 'lead', member_ids: [sam] } });
  await owner('POST', '/v2/lead/custom_fields', { data: { name: CUSTOM_FIELD, type: 'string' } });
  site = await startCustomerSite(customerPage(`${server.url}/widget.js`));
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await site?.close();
  await expectCleanStop(server);
});

describe('The source article, walked through in a browser', () => {
  step('S-7, S-11: the owner finds the Chat integration off, every element red, and enables it', async () => {
    const olga = await open('olga', OWNER);
    await openIntegrations(olga);
    const card = olga.getByTestId('chat-integration-card');
    await card.getByText('Not enabled').waitFor();
    expect(await marks(olga)).toEqual({
      'Sell app in Chat': 'Off · not installed (red)',
      'Chat app in Sell': 'Off · not installed (red)',
      'Show past chats in Sell': 'Off (red)',
    });
    await shot(olga, 'integrations-not-enabled');

    await card.getByRole('button', { name: 'Enable' }).click();
    await card.getByText('Enabled', { exact: true }).waitFor();
    // Enabled, the card offers each app's listing in the Marketplace.
    await elementRow(olga, 'Sell app in Chat').getByRole('link', { name: 'View details and install' }).waitFor();
    await elementRow(olga, 'Chat app in Sell').getByRole('link', { name: 'View details and install' }).waitFor();
    await shot(olga, 'integration-enabled');
  });

  step('S-6, O-11: a phase 4 Chat admin who is not the owner cannot install the Sell app in Chat, and is told why', async () => {
    const adam = await open('adam', ADMIN);
    await openIntegrations(adam);
    // Already on the Integrations page the row says so, naming the owner.
    const row = elementRow(adam, 'Sell app in Chat');
    await row.getByTestId('prerequisite-failures').getByText(OWNER_REFUSAL).waitFor();
    await row.getByRole('link', { name: 'View details and install' }).click();
    await adam.getByRole('heading', { name: 'Sell for Chat', level: 1 }).waitFor();
    await adam.getByText("You can't install this app yet").waitFor();
    await adam.getByRole('link', { name: 'Install', exact: true }).click();
    await adam.getByRole('button', { name: 'Install', exact: true }).click();
    const refusal = adam.getByRole('alert').filter({ hasText: 'Sell for Chat can\'t be installed' });
    await refusal.getByText(OWNER_REFUSAL).waitFor();
    // Nothing further: no install page, no sign-in.
    await expect(adam.getByTestId('app-settings-step').count()).resolves.toBe(0);
    await shot(adam, 'admin-refused-in-marketplace');
  });

  step('S-8: the owner installs Sell for Chat through the Marketplace and the Authorize application dialog', async () => {
    const olga = page('olga');
    await openIntegrations(olga);
    await elementRow(olga, 'Sell app in Chat').getByRole('link', { name: 'View details and install' }).click();
    await olga.getByRole('heading', { name: 'Sell for Chat', level: 1 }).waitFor();
    await olga.getByText('In Chat: the Apps panel beside each chat').waitFor();
    await shot(olga, 'sell-for-chat-listing');
    await olga.getByRole('link', { name: 'Install', exact: true }).click();

    // Confirm the subdomain, then the app's install page, then sign in to it.
    const subdomain = olga.getByLabel('Account subdomain');
    await expect(subdomain.inputValue()).resolves.toBe('northwind');
    await olga.getByRole('button', { name: 'Install', exact: true }).click();
    await olga.getByText('Sell for Chat needs no settings.').waitFor();
    await olga.getByRole('button', { name: 'Continue' }).click();
    await olga.getByText('Last step: sign in to Sell for Chat and authorize it.', { exact: false }).waitFor();
    await shot(olga, 'sell-for-chat-sign-in-step');
    await olga.getByRole('link', { name: 'Sign in to Sell for Chat' }).click();

    // The Authorize application dialog: which app, which account, what it may do.
    await olga.getByRole('heading', { name: 'Authorize application', level: 1 }).waitFor();
    const dialog = olga.getByTestId('oauth-authorize');
    await expect(dialog.getByTestId('oauth-app-name').innerText()).resolves.toBe('Sell for Chat');
    await expect(dialog.getByTestId('oauth-user').innerText()).resolves.toContain(OWNER.email);
    await expect(dialog.getByTestId('oauth-scopes').innerText()).resolves.toContain('Read the leads, contacts, deals, notes and tasks you can see.');
    await shot(olga, 'authorize-application-dialog');
    await dialog.getByRole('button', { name: 'Authorize' }).click();

    // Chat's Apps tab, with the app installed and on.
    await olga.waitForURL(/\/chat\/apps/);
    await olga.getByText('Sell for Chat is connected').waitFor();
    await expect(olga.getByRole('tab', { name: 'My Apps' }).getAttribute('aria-selected')).resolves.toBe('true');
    const app = installedApp(olga, 'Sell for Chat');
    await app.getByText('Active').waitFor();
    await expect(app.getByRole('switch', { name: 'Sell for Chat enabled' }).isChecked()).resolves.toBe(true);
    await shot(olga, 'chat-my-apps-sell-for-chat');
  });

  step('S-9: the owner installs Chat for Sell from the Chat settings, with Sign in on load, and lands on Sell’s apps', async () => {
    const olga = page('olga');
    await openChatSettings(olga);
    const section = olga.getByRole('region', { name: 'Chat app in Sell – Not installed' });
    await section.getByRole('link', { name: 'View details and install' }).click();
    await olga.getByRole('heading', { name: 'Chat for Sell', level: 1 }).waitFor();
    await olga.getByRole('link', { name: 'Install', exact: true }).click();
    await olga.getByRole('button', { name: 'Install', exact: true }).click();
    const signInOnLoad = olga.getByRole('checkbox', { name: 'Sign in on load' });
    await expect(signInOnLoad.isChecked()).resolves.toBe(true); // O-10
    await shot(olga, 'chat-for-sell-install-page');
    await olga.getByRole('button', { name: 'Install', exact: true }).click();

    // Sell › Settings › Integrations › Apps › My apps, and the Chat icon at the right of Sell's top bar.
    await olga.waitForURL(/\/sell\/settings\/integrations\/apps$/);
    await olga.getByRole('heading', { name: 'My apps' }).waitFor();
    await installedApp(olga, 'Chat for Sell').getByText('Active').waitFor();
    await olga.getByTestId('sell-top-bar').getByRole('button', { name: /^Chat: / }).waitFor(PATIENTLY);
    await shot(olga, 'sell-my-apps-chat-for-sell');
  });

  step('S-12 … S-18: the owner sets access, status, a source created by typing, and two owners', async () => {
    const olga = page('olga');
    await openChatSettings(olga);

    // Access: All agents (the default is Sell users only, O-1).
    const access = olga.getByTestId('setting-access-mode');
    await expect(olga.getByRole('radio', { name: /^Sell users only/ }).getAttribute('aria-checked')).resolves.toBe('true');
    await olga.getByRole('radio', { name: /^All agents/ }).click();
    await saved(access);
    await expect(olga.getByRole('radio', { name: /^All agents/ }).getAttribute('aria-checked')).resolves.toBe('true');
    // With no owner chosen, leads would go to the topmost manager, named (S-18).
    await olga.getByText(`No owner chosen: leads go to the topmost manager, ${OWNER.name} (All agents).`).waitFor();

    // Assign status, from the lead status list.
    const status = olga.getByTestId('setting-assign-status');
    await olga.getByLabel('Assign status').click();
    await olga.getByRole('option', { name: STATUS }).click();
    await saved(status);
    await expect(olga.getByLabel('Assign status').inputValue()).resolves.toBe(STATUS);

    // Assign source: there are none yet; typing a name and Enter creates it.
    const source = olga.getByTestId('setting-assign-source');
    const sourceBox = olga.getByLabel('Assign source');
    await sourceBox.click();
    await olga.getByText('No lead sources yet: type a name to create one.').waitFor();
    await sourceBox.pressSequentially(SOURCE);
    await olga.getByRole('option', { name: `Create source "${SOURCE}"` }).waitFor();
    await sourceBox.press('Enter');
    await saved(source);
    await expect(sourceBox.inputValue()).resolves.toBe(SOURCE);

    // Assign owner: a user and a pool, so the agent picks one (S-16).
    const owners = olga.getByTestId('setting-assign-owner');
    const ownerBox = olga.getByLabel('Assign owner');
    await ownerBox.click();
    await ownerBox.pressSequentially('Rita');
    await olga.getByRole('option', { name: REP.name }).click();
    await saved(owners);
    await ownerBox.pressSequentially('Inbound');
    await olga.getByRole('option', { name: POOL }).click();
    await saved(owners);
    await olga.keyboard.press('Escape');
    await olga.getByText('The agent picks one of these 2 owners when creating a lead.').waitFor();
    await expect(olga.getByRole('checkbox', { name: 'Allow agents to assign any owner' }).isChecked()).resolves.toBe(false);
    await shot(olga, 'chat-settings-set', owners);

    // Changes are saved as they are made: a reload shows them all.
    await olga.reload();
    await expect(olga.getByRole('radio', { name: /^All agents/ }).getAttribute('aria-checked')).resolves.toBe('true');
    await expect(olga.getByLabel('Assign status').inputValue()).resolves.toBe(STATUS);
    await expect(olga.getByLabel('Assign source').inputValue()).resolves.toBe(SOURCE);
    await owners.getByText(REP.name).waitFor();
    await owners.getByText(POOL).waitFor();
  });

  step('S-19 … S-21: the owner adds the custom field and Source to the Lead widget, previews it and publishes it', async () => {
    const olga = page('olga');
    await olga.getByRole('link', { name: 'Field settings' }).click();
    const leadWidget = olga.getByTestId('widget-card-lead');
    await leadWidget.getByText('Not edited yet', { exact: false }).waitFor();
    await leadWidget.getByRole('link', { name: 'Edit' }).click();
    const search = olga.getByRole('textbox', { name: 'Search fields' });
    await search.waitFor();
    const widgetList = olga.getByTestId('widget-fields');
    for (const [query, field] of [
      ['language', CUSTOM_FIELD],
      ['source', 'Source'],
    ] as const) {
      await search.fill(query);
      await olga.getByRole('button', { name: `Add ${field}` }).click();
      await widgetList.getByText(field, { exact: true }).waitFor();
    }
    await search.fill('');
    await olga.getByText('Unpublished changes').waitFor();

    await olga.getByRole('button', { name: 'Preview' }).click();
    const preview = olga.getByRole('dialog');
    await preview.getByText('The data shown is sample data.').waitFor();
    await preview.getByRole('row').filter({ hasText: CUSTOM_FIELD }).waitFor();
    await shot(olga, 'lead-widget-preview');
    await olga.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });

    await olga.getByRole('button', { name: 'Publish' }).click();
    await olga.getByTestId('publish-state').getByText('Published', { exact: true }).waitFor();
    await olga.getByText(`by ${OWNER.name}`, { exact: false }).first().waitFor();
    await shot(olga, 'lead-widget-published');
  });

  step('S-10, S-11: the owner enables past chats through the confirmation dialog; every element is green', async () => {
    const olga = page('olga');
    await openChatSettings(olga);
    const pastChats = olga.getByRole('region', { name: 'Show past chats in Sell' });
    await pastChats.getByRole('button', { name: 'Enable' }).click();
    const dialog = olga.getByRole('dialog', { name: 'Show past chats in Sell?' });
    await dialog.getByText("becomes visible to every Chat agent who has Sell access, whatever Chat's own data access settings say", { exact: false }).waitFor();
    await shot(olga, 'past-chats-confirmation');
    await dialog.getByRole('button', { name: 'Enable' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => pastChats.getByTestId('element-status').innerText(), PATIENTLY).toBe('On');

    await expectMarks(olga, { 'Sell app in Chat': 'On (green)', 'Chat app in Sell': 'On (green)', 'Show past chats in Sell': 'On (green)' });
    await shot(olga, 'integrations-all-green');
  });

  step('A-7, W-1, S-22: a visitor chats from the widget on the customer’s page; the agent sees the Sell card', async () => {
    const andy = await open('andy', AGENT);
    await andy.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
    await andy.getByText('No visitor is waiting.').waitFor();

    const mei = await open('mei', undefined, { width: 1100, height: 800 });
    await mei.goto(site.url);
    await mei.getByRole('heading', { name: 'Northwind outdoor gear' }).waitFor();
    await mei.getByRole('button', { name: 'Chat with us' }).click();
    const prechat = mei.getByTestId('tandem-prechat');
    await prechat.getByLabel('Name').fill(MEI.name);
    await prechat.getByLabel('Email').fill(MEI.email);
    await prechat.getByLabel('Message').fill('Do you rent tents for groups of twenty?');
    await prechat.getByRole('button', { name: 'Start chat' }).click();
    await mei.getByText('Waiting for an agent…').waitFor();
    await shot(mei, 'visitor-starts-chat');

    const request = andy.getByTestId('incoming-request').filter({ hasText: MEI.name });
    await request.getByRole('button', { name: 'Serve' }).click();
    await andy.getByTestId('conversation-title').getByText(MEI.name).waitFor();
    await mei.getByText(`Chatting with ${AGENT.name}`).waitFor();

    // Beside the chat, the Sell app: no lead or contact has her email, said plainly, with Create lead.
    const panel = andy.getByTestId('apps-panel');
    await panel.getByRole('button', { name: 'Sell for Chat' }).waitFor();
    const card = panel.getByTestId('sell-card');
    await card.getByText('Not in Sell yet').waitFor(PATIENTLY);
    await card.getByText("No lead or contact in Sell has this visitor's email address or phone number.").waitFor();
    // Andy has no Sell seat: under All agents the card acts as the installer (S-13).
    await card.getByText(`Sell data as ${OWNER.name} sees it (access: all agents).`).waitFor();
    await shot(andy, 'agent-sees-no-match');
  });

  step('W-2, S-14 … S-16: the agent creates the lead, picking its owner; the card shows it with the published fields', async () => {
    const andy = page('andy');
    const panel = andy.getByTestId('apps-panel');
    const card = panel.getByTestId('sell-card');
    await card.getByRole('button', { name: 'Create lead' }).click();
    const form = card.getByTestId('create-lead-form');
    await expect(form.getByLabel('First name').inputValue()).resolves.toBe('Mei');
    await expect(form.getByLabel('Last name').inputValue()).resolves.toBe('Tanaka');
    await expect(form.getByLabel('Email').inputValue()).resolves.toBe(MEI.email);
    await form.getByLabel('Note (optional)').fill('Group of twenty, first week of May.');

    // Two owners are set, so the agent must pick one.
    await form.getByRole('button', { name: 'Create lead' }).click();
    await form.getByText('Choose who owns the lead.').waitFor();
    await form.getByRole('combobox', { name: 'Owner' }).click();
    await expect(andy.getByRole('option').allInnerTexts()).resolves.toEqual([REP.name, `${POOL} (pool)`]);
    await shot(andy, 'create-lead-owner-picker');
    await andy.getByRole('option', { name: REP.name }).click();
    await form.getByRole('button', { name: 'Create lead' }).click();

    // The card is the new lead now, matched by her email, with status, source, owner and the custom field.
    await card.getByTestId('sell-card-created').getByText(`Owner: ${REP.name}`).waitFor(PATIENTLY);
    const match = card.getByTestId('sell-card-match');
    await match.getByText(MEI.name, { exact: true }).waitFor(PATIENTLY);
    // Andy has no Sell seat: the name is not a way into Sell for him.
    await expect(match.getByRole('link', { name: MEI.name }).count()).resolves.toBe(0);
    await expect(match.getByTestId('sell-card-type').innerText()).resolves.toBe('Lead');
    await expect(match.getByTestId('sell-card-matched-by').innerText()).resolves.toBe('Matched by email');
    const fields = match.getByTestId('sell-card-fields');
    await expect(definition(fields, 'Status').innerText()).resolves.toBe(STATUS);
    await expect(definition(fields, 'Source').innerText()).resolves.toBe(SOURCE);
    await expect(definition(fields, 'Owner').innerText()).resolves.toBe(REP.name);
    await expect(definition(fields, CUSTOM_FIELD).count()).resolves.toBe(1);
    await expect(card.getByRole('button', { name: 'Create lead' }).count()).resolves.toBe(0); // O-6
    await shot(andy, 'lead-created-card', match);

    // The agent answers; the visitor reads it in the widget.
    const reply = andy.getByRole('textbox', { name: 'Message to the visitor' });
    await reply.fill('Yes, we do. Rita from our sales team will call you about the group booking.');
    await reply.press('Enter');
    await page('mei').getByText('Rita from our sales team will call you', { exact: false }).waitFor();
  });

  step('W-5: the rep opens her new lead in Sell; the chat is in its activity feed', async () => {
    const rita = await open('rita', REP);
    await rita.getByTestId('product-switcher').getByRole('link', { name: 'Sell' }).click();
    await rita.getByTestId('sell-nav').getByRole('link', { name: 'Leads' }).click();
    await rita.getByRole('row', { name: new RegExp(MEI.name) }).getByRole('link', { name: MEI.name }).click();
    await rita.getByRole('heading', { name: MEI.name }).waitFor();

    const details = rita.getByTestId('lead-details');
    await definition(details, 'Owner').getByText(REP.name, { exact: true }).waitFor();
    await expect(definition(details, 'Source').innerText()).resolves.toBe(SOURCE);
    await expect(definition(details, 'Email').innerText()).resolves.toBe(MEI.email);
    await rita.getByText(STATUS, { exact: true }).first().waitFor();
    await rita.getByText(CUSTOM_FIELD).first().waitFor();

    const chat = rita.getByTestId('activity-feed').locator('li[data-kind="chat"]');
    await chat.getByText(`Chat with ${MEI.name}`).waitFor(PATIENTLY);
    await chat.getByText(`Agent: ${AGENT.name}`).waitFor();
    await rita.getByTestId('activity-feed').getByText('Group of twenty, first week of May.', { exact: false }).waitFor();
    await chat.getByRole('button', { name: /^Show transcript/ }).click();
    const transcript = chat.getByRole('list', { name: `Transcript of the chat with ${MEI.name}` });
    await transcript.getByText('Do you rent tents for groups of twenty?').waitFor();
    await transcript.getByText('Rita from our sales team will call you', { exact: false }).waitFor();
    await shot(rita, 'lead-feed-with-chat', chat);
  });

  step('W-4: a second visitor writes; the rep’s Chat icon flashes and she serves and answers from Sell’s top bar', async () => {
    const rita = page('rita');
    const icon = rita.getByTestId('sell-top-bar').getByRole('button', { name: /^Chat: / });
    // Sign in on load: opening Sell signed her in to Chat, Online.
    await expect.poll(() => icon.getAttribute('aria-label'), PATIENTLY).toBe('Chat: Online');

    const bo = await open('bo', undefined, { width: 1100, height: 800 });
    await bo.goto(site.url);
    await bo.getByRole('button', { name: 'Chat with us' }).click();
    const prechat = bo.getByTestId('tandem-prechat');
    await prechat.getByLabel('Name').fill(BO.name);
    await prechat.getByLabel('Email').fill(BO.email);
    await prechat.getByLabel('Message').fill('Are your boots waterproof?');
    await prechat.getByRole('button', { name: 'Start chat' }).click();
    await bo.getByText('Waiting for an agent…').waitFor();

    await expect.poll(() => icon.getAttribute('aria-label'), PATIENTLY).toBe('Chat: Online. Serve 1 request');
    await expect(icon.getAttribute('data-flashing')).resolves.toBe('true');
    await shot(rita, 'chat-icon-flashing');
    await icon.click();
    const chatPanel = rita.getByRole('dialog', { name: 'Chat' });
    await chatPanel.getByRole('button', { name: 'Serve 1 request' }).click();
    await chatPanel.getByText('Are your boots waterproof?').waitFor();
    await expect.poll(() => icon.getAttribute('data-flashing')).toBeNull();
    const reply = chatPanel.getByRole('textbox', { name: 'Message to the visitor' });
    await reply.fill('Yes, fully waterproof. Which size do you need?');
    await reply.press('Enter');
    await bo.getByText('Yes, fully waterproof. Which size do you need?').waitFor();
    await bo.getByText(`Chatting with ${REP.name}`).waitFor();
    // She never left her lead's page.
    await rita.getByRole('heading', { name: MEI.name }).waitFor();
    await shot(rita, 'rep-chats-from-sell');
    await shot(bo, 'second-visitor-answered');
  });

  step('S-23, S-24: the Sell app in Chat, off in Chat’s My Apps (red, gone beside the chat) and on again', async () => {
    const olga = page('olga');
    const andy = page('andy');
    const sellCard = andy.getByTestId('apps-panel').getByTestId('sell-card');

    await olga.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
    await olga.getByRole('tab', { name: 'My Apps' }).click();
    const app = installedApp(olga, 'Sell for Chat');
    await app.getByRole('switch', { name: 'Sell for Chat enabled' }).click();
    await app.getByText('Turned off').waitFor();
    await shot(olga, 'sell-for-chat-disabled');
    await expectMarks(olga, { 'Sell app in Chat': 'Off (red)', 'Chat app in Sell': 'On (green)', 'Show past chats in Sell': 'On (green)' });
    await shot(olga, 'mark-sell-app-off', elementRow(olga, 'Sell app in Chat'));

    // The agent opens the chat again: no Sell app beside it.
    await andy.reload();
    await andy.getByTestId('open-chats').getByRole('button', { name: MEI.name }).click();
    await andy.getByTestId('apps-panel').getByText('Apps you install from the Marketplace show here.').waitFor(PATIENTLY);
    await expect(sellCard.count()).resolves.toBe(0);
    await shot(andy, 'agent-without-sell-app');

    await olga.goto(`${server.url}/chat/apps`);
    await installedApp(olga, 'Sell for Chat').getByRole('switch', { name: 'Sell for Chat enabled' }).click();
    await installedApp(olga, 'Sell for Chat').getByText('Active').waitFor();
    await expectMarks(olga, { 'Sell app in Chat': 'On (green)', 'Chat app in Sell': 'On (green)', 'Show past chats in Sell': 'On (green)' });

    // Back beside the chat, with the lead made before (turning the app off kept it, S-25).
    await andy.reload();
    await andy.getByTestId('open-chats').getByRole('button', { name: MEI.name }).click();
    await sellCard.getByTestId('sell-card-match').getByText(MEI.name, { exact: true }).waitFor(PATIENTLY);
    await shot(andy, 'agent-with-sell-app-again');
  });

  step('S-23, S-24: the Chat app in Sell, off in Sell’s My apps (red, no Chat icon in Sell) and on again', async () => {
    const olga = page('olga');
    const rita = page('rita');
    const ritaIcon = rita.getByTestId('chat-top-bar-icon');

    await openIntegrations(olga);
    await olga.getByTestId('settings-nav').getByRole('link', { name: 'Apps', exact: true }).click();
    const app = installedApp(olga, 'Chat for Sell');
    await app.getByRole('switch', { name: 'Chat for Sell enabled' }).click();
    await app.getByText('Turned off').waitFor();
    await expectMarks(olga, { 'Sell app in Chat': 'On (green)', 'Chat app in Sell': 'Off (red)', 'Show past chats in Sell': 'On (green)' });
    await shot(olga, 'mark-chat-app-off', elementRow(olga, 'Chat app in Sell'));

    // Reloaded, Sell asks which apps its top bar shows; once that answer is drawn, no Chat icon.
    const topBarApps = rita.waitForResponse((response) => response.url().endsWith('/api/marketplace/locations/sell_top_bar') && response.ok());
    await rita.reload();
    await topBarApps;
    await rita.getByRole('heading', { name: MEI.name }).waitFor();
    await rita.getByTestId('activity-feed').locator('li[data-kind="chat"]').first().waitFor(PATIENTLY);
    await expect(ritaIcon.count()).resolves.toBe(0);
    await shot(rita, 'sell-without-chat-icon');

    await olga.goto(`${server.url}/sell/settings/integrations/apps`);
    await installedApp(olga, 'Chat for Sell').getByRole('switch', { name: 'Chat for Sell enabled' }).click();
    await installedApp(olga, 'Chat for Sell').getByText('Active').waitFor();
    await expectMarks(olga, { 'Sell app in Chat': 'On (green)', 'Chat app in Sell': 'On (green)', 'Show past chats in Sell': 'On (green)' });

    await rita.reload();
    await expect.poll(() => ritaIcon.getAttribute('aria-label'), PATIENTLY).toBe('Chat: Online');
    await shot(rita, 'sell-with-chat-icon-again');
  });

  step('S-23 … S-25: past chats, disabled in the Chat settings (red, gone from the feed) and enabled again', async () => {
    const olga = page('olga');
    const rita = page('rita');
    const feed = rita.getByTestId('activity-feed');
    const chatItems = feed.locator('li[data-kind="chat"]');

    await openChatSettings(olga);
    const pastChats = olga.getByRole('region', { name: 'Show past chats in Sell' });
    await pastChats.getByRole('button', { name: 'Disable' }).click();
    await expect.poll(() => pastChats.getByTestId('element-status').innerText(), PATIENTLY).toBe('Off');
    await expectMarks(olga, { 'Sell app in Chat': 'On (green)', 'Chat app in Sell': 'On (green)', 'Show past chats in Sell': 'Off (red)' });
    await shot(olga, 'mark-past-chats-off', elementRow(olga, 'Show past chats in Sell'));

    // The lead's feed: its other activity is there, the chat is not.
    await rita.reload();
    await feed.getByText('created the lead', { exact: false }).waitFor(PATIENTLY);
    await expect(chatItems.count()).resolves.toBe(0);
    await shot(rita, 'feed-without-chat', feed);

    await openChatSettings(olga);
    await pastChats.getByRole('button', { name: 'Enable' }).click();
    const dialog = olga.getByRole('dialog', { name: 'Show past chats in Sell?' });
    await dialog.getByRole('button', { name: 'Enable' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectMarks(olga, { 'Sell app in Chat': 'On (green)', 'Chat app in Sell': 'On (green)', 'Show past chats in Sell': 'On (green)' });
    await shot(olga, 'integrations-all-green-again');

    // Nothing was deleted: the same chat comes back, whole.
    await rita.reload();
    await chatItems.getByText(`Chat with ${MEI.name}`).waitFor(PATIENTLY);
    await expect(chatItems.count()).resolves.toBe(1);
    await chatItems.getByRole('button', { name: /^Show transcript/ }).click();
    await chatItems.getByText('Do you rent tents for groups of twenty?').waitFor();
    await shot(rita, 'feed-with-chat-again', chatItems);
  });

  step('S-6: the phase 4 Chat admin may not turn the Sell app off either, and is told who can', async () => {
    const adam = page('adam');
    await adam.goto(`${server.url}/chat/apps`);
    const toggle = installedApp(adam, 'Sell for Chat').getByRole('switch', { name: 'Sell for Chat enabled' });
    await expect(toggle.isDisabled()).resolves.toBe(true);
    await toggle.locator('xpath=ancestor::div[contains(@class, "mantine-Switch-root")]').hover();
    await adam.getByRole('tooltip').getByText(`Only the Chat account owner can change or remove this app. The Chat owner is ${OWNER.name}.`).waitFor();
    await shot(adam, 'admin-cannot-change-app');
  });
});

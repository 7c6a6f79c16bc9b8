import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiSession } from './support/api-session.ts';
import { launchBrowser } from './support/browser.ts';
import { installWithSignIn, sessionCookie } from './support/installed-app.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { startCustomerSite, type CustomerSite } from './support/customer-site.ts';
import { signInOnPage } from './support/journey.ts';
import { collectPageErrors } from './support/page-watch.ts';
import { setUpAccount } from './support/account.ts';
import { expectCleanStop } from './support/stop-server.ts';

/**
 * The two integration apps at work (issue 6, items 3, 4, 6, 8): Sell for Chat beside a chat in the
 * agent's dashboard — no match, Create lead with the owner picker, a contact with company and deals
 * matched by email, a visitor changing their email, a published widget reaching the open card, Note
 * for the rep — and Chat for Sell in a rep's Sell top bar: the notification, the flashing icon,
 * serving and chatting without leaving Sell, Sign in on load. An agent without a Sell seat is told
 * why they see no Sell data (S-26).
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const AGENT = { name: 'Andy Agent', email: 'andy@northwind.test', password: 'agent password 1' };
const REP = { name: 'Rita Rep', email: 'rita@northwind.test', password: 'rep password 123' };
const SECOND_REP = { name: 'Sam Seller', email: 'sam@northwind.test', password: 'seller password 1' };
const NO_SEAT = { name: 'Nina Noseat', email: 'nina@northwind.test', password: 'no seat password 1' };
const SHOTS = path.resolve('test-results/sell-for-chat');
const SELL_CHAT = '/api/integrations/sell-chat';
/** Cards wait for the server's lookup; the flash and sound for a socket push. */
const PATIENTLY = { timeout: 15_000 };

let server: RunningServer;
let site: CustomerSite;
let siteUrl: string;
let browser: Browser;
let owner: Awaited<ReturnType<typeof apiSession>>;
const sockets: Socket[] = [];
const contexts: BrowserContext[] = [];
const errors: string[] = [];
const world = { rita: 0, sam: 0, languageFieldId: 0, carla: 0, contoso: 0, dealId: 0, ken: 0, meiLeadId: 0 };

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300); // transitions settle, for the picture
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

/** The customer's website on its own port, with the widget's one script tag. */
const customerPage = (widgetUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Northwind outdoor gear</title>
<style>body { font-family: Georgia, serif; margin: 40px; color: #234; } h1 { color: #2b6a4f; }</style></head>
<body><h1>Northwind outdoor gear</h1><p>Tents, boots and everything for the trail.</p>
<script src="${widgetUrl}" async></script></body></html>`;

async function newPage(who: string, viewport = { width: 1440, height: 900 }, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport });
  contexts.push(context);
  const page = await context.newPage();
  collectPageErrors(page, errors, who);
  return page;
}

async function signIn(who: { email: string; password: string; name: string }, locale = 'en-US'): Promise<Page> {
  const page = await newPage(who.name, undefined, locale);
  await signInOnPage(page, server.url, who.email, who.password);
  return page;
}

/** A visitor on the customer's site: opens the widget and starts a chat through the pre-chat form. */
async function visitorChats(name: string, email: string, text: string): Promise<Page> {
  const visitor = await newPage(`visitor ${name}`, { width: 1100, height: 800 });
  await visitor.goto(siteUrl);
  await visitor.getByTestId('tandem-launcher').click();
  const prechat = visitor.getByTestId('tandem-prechat');
  await prechat.getByLabel('Name').fill(name);
  await prechat.getByLabel('Email').fill(email);
  await prechat.getByLabel('Message').fill(text);
  await prechat.getByRole('button', { name: 'Start chat' }).click();
  await visitor.getByTestId('tandem-transcript').getByText(text).waitFor();
  return visitor;
}

/** A visitor through the widget's socket alone, for requests whose page does not matter here. */
async function socketVisitorChats(name: string, email: string, text: string): Promise<Socket> {
  const socket = io(`${server.url}/chat/visitor`, { auth: { visitorKey: `sell-for-chat-e2e-${crypto.randomUUID()}` }, transports: ['websocket'] });
  sockets.push(socket);
  await socket.timeout(5000).emitWithAck('visitor:hello', { page: { url: 'https://shop.example/boots', title: 'Boots' } });
  const started = await socket.timeout(5000).emitWithAck('chat:start', { name, email, message: { clientId: crypto.randomUUID(), text } });
  expect(started.ok, JSON.stringify(started)).toBe(true);
  return socket;
}

/** Serves the waiting request of this visitor from the Chat dashboard. */
async function serveInDashboard(agent: Page, visitorName: string) {
  const request = agent.getByTestId('incoming-request').filter({ hasText: visitorName });
  await request.getByRole('button').click();
  await request.waitFor({ state: 'detached' });
  await agent.getByTestId('conversation-title').getByText(visitorName).waitFor();
}

const card = (page: Page | Locator) => page.getByTestId('sell-card');

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await setUpAccount(server.url, OWNER);
  owner = await apiSession(server.url, OWNER.email, OWNER.password);

  // The people: an agent who is a Sell user with full access, two reps (one also a Chat agent),
  // and an agent without a Sell seat.
  await owner('POST', '/api/users', { ...AGENT, sellRole: 'user', sellFullAccess: true, chatRole: 'agent' });
  world.rita = (await owner('POST', '/api/users', { ...REP, sellRole: 'user', chatRole: 'agent' })).user.id;
  world.sam = (await owner('POST', '/api/users', { ...SECOND_REP, sellRole: 'user', chatRole: 'none' })).user.id;
  await owner('POST', '/api/users', { ...NO_SEAT, sellRole: 'none', chatRole: 'agent' });

  // Sell: a person contact at a company with a deal, a lead to change to, and a custom lead field.
  world.contoso = (await owner('POST', '/v2/contacts', { data: { name: 'Contoso Trail Co.', is_organization: true, industry: 'Retail', owner_id: world.rita } })).data.id;
  world.carla = (
    await owner('POST', '/v2/contacts', {
      data: { first_name: 'Carla', last_name: 'Customer', title: 'Buyer', email: 'carla@contoso.example', contact_id: world.contoso, owner_id: world.rita },
    })
  ).data.id;
  world.dealId = (await owner('POST', '/v2/deals', { data: { name: 'Spring tents for Contoso', contact_id: world.carla, value: '12500', currency: 'USD', owner_id: world.rita } })).data.id;
  world.ken = (await owner('POST', '/v2/leads', { data: { first_name: 'Ken', last_name: 'Watanabe', organization_name: 'Alpine Club Osaka', email: 'ken@alpine.example', owner_id: world.rita } })).data.id;
  world.languageFieldId = (await owner('POST', '/v2/lead/custom_fields', { data: { name: 'Preferred language', type: 'string' } })).data.id;

  // The integration, on: access "Sell users only" (the default), two owner entries so agents pick (S-16).
  await owner('PATCH', `${SELL_CHAT}/settings`, { enabled: true, ownerEntries: [{ kind: 'user', id: world.rita }, { kind: 'user', id: world.sam }] });

  // Both apps, installed by the owner through the Marketplace: Sell for Chat through the Authorize
  // application step, Chat for Sell with Sign in on load (its default).
  const session = await sessionCookie(server.url, OWNER.email, OWNER.password);
  await installWithSignIn(server.url, session, 'sell-for-chat', {});
  await owner('POST', '/api/marketplace/installations', { app_id: 'chat-for-sell', subdomain: 'northwind', settings: {} });
  const settings = await owner('GET', `${SELL_CHAT}/settings`);
  expect(settings.elements.sellAppInChat).toMatchObject({ on: true, state: 'active' });
  expect(settings.elements.chatAppInSell).toMatchObject({ on: true });

  site = await startCustomerSite(customerPage(`${server.url}/widget.js`));
  siteUrl = site.url;
});

afterAll(async () => {
  for (const socket of sockets) socket.disconnect();
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await site?.close();
  await expectCleanStop(server);
});

describe('Sell for Chat beside a chat, Chat for Sell in Sell', () => {
  it('finds, creates and follows visitors in Sell, notifies the rep, and lets a rep chat from Sell', { timeout: 240_000 }, async () => {
    const pages: Page[] = [];
    try {
      await journey(pages);
    } catch (error) {
      for (const [index, page] of pages.entries()) await shot(page, `failure-${index}`).catch(() => undefined);
      throw new Error(`${(error as Error).message}\npage errors: ${errors.join(' | ') || 'none'}\nserver: ${server.output().slice(-2000)}`, { cause: error });
    }
    expect(errors).toEqual([]);
  });
});

async function journey(pages: Page[]) {
  // Rita, the rep, works in Sell; with Sign in on load she is in Chat too, Online (the default).
  const rita = await signIn(REP);
  pages.push(rita);
  await rita.goto(`${server.url}/sell/leads`);
  const ritaIcon = rita.getByTestId('chat-top-bar-icon');
  await expect.poll(() => ritaIcon.getAttribute('data-presence'), PATIENTLY).toBe('online');

  // Andy, the agent, in Chat's dashboard.
  const andy = await signIn(AGENT);
  pages.push(andy);
  await andy.getByTestId('product-switcher').getByRole('link', { name: 'Chat' }).click();
  await andy.getByText('No visitor is waiting.').waitFor();

  // A visitor on the customer's site, not in Sell: the card says so plainly (S-22) and offers Create lead.
  const mei = await visitorChats('Mei Tanaka', 'mei.tanaka@example.jp', 'Do you rent tents for groups of twenty?');
  pages.push(mei);
  await serveInDashboard(andy, 'Mei Tanaka');
  const panel = andy.getByTestId('apps-panel');
  await panel.getByTestId('sidebar-app').filter({ hasText: 'Sell for Chat' }).waitFor();
  await card(panel).getByText('Not in Sell yet').waitFor(PATIENTLY);
  await card(panel).getByText("No lead or contact in Sell has this visitor's email address or phone number.").waitFor();
  await expect(panel.locator('iframe').count()).resolves.toBe(0); // drawn by the page itself, no frame
  await shot(andy, '01-no-match');

  // Create lead: prefilled from the visitor (name split), an owner must be picked from the two entries.
  await card(panel).getByRole('button', { name: 'Create lead' }).click();
  const form = panel.getByTestId('create-lead-form');
  await expect(form.getByLabel('First name').inputValue()).resolves.toBe('Mei');
  await expect(form.getByLabel('Last name').inputValue()).resolves.toBe('Tanaka');
  await expect(form.getByLabel('Email').inputValue()).resolves.toBe('mei.tanaka@example.jp');
  await form.getByRole('button', { name: 'Create lead' }).click();
  await form.getByText('Choose who owns the lead.').waitFor();
  await form.getByLabel('Owner').click();
  await expect(andy.getByRole('option').allInnerTexts()).resolves.toEqual([REP.name, SECOND_REP.name]);
  await shot(andy, '02-create-lead-owner-picker');
  await andy.getByRole('option', { name: REP.name }).click();
  await form.getByLabel('Note (optional)').fill('Group of twenty, first week of May.');
  await form.getByRole('button', { name: 'Create lead' }).click();

  // The card now shows the new lead, matched by email; Create lead is gone (O-6).
  const match = card(panel).getByTestId('sell-card-match');
  await match.getByText('Mei Tanaka').waitFor(PATIENTLY);
  await expect(match.getByTestId('sell-card-type').innerText()).resolves.toBe('Lead');
  await expect(match.getByTestId('sell-card-matched-by').innerText()).resolves.toBe('Matched by email');
  await card(panel).getByTestId('sell-card-created').getByText(`Owner: ${REP.name}`).waitFor();
  await expect(card(panel).getByRole('button', { name: 'Create lead' }).count()).resolves.toBe(0);
  world.meiLeadId = Number(await match.getAttribute('data-record-id'));
  const lead = (await owner('GET', `/v2/leads/${world.meiLeadId}`)).data;
  expect(lead).toMatchObject({ first_name: 'Mei', last_name: 'Tanaka', email: 'mei.tanaka@example.jp', owner_id: world.rita });
  await shot(andy, '03-lead-created');

  // An admin publishes a Lead widget with a custom field: the open card changes without a reload.
  await owner('PUT', `/v2/leads/${world.meiLeadId}`, { data: { custom_fields: { 'Preferred language': 'Japanese' } } });
  const widgets = await owner('GET', `${SELL_CHAT}/widgets`);
  const leadWidget = widgets.widgets.find((w: { widget: string }) => w.widget === 'lead');
  await owner('PUT', `${SELL_CHAT}/widgets/lead`, { fields: [...leadWidget.published, `custom:${world.languageFieldId}`] });
  await owner('POST', `${SELL_CHAT}/widgets/lead/publish`);
  const languageField = match.locator(`[data-field="custom:${world.languageFieldId}"]`);
  await languageField.getByText('Preferred language').waitFor(PATIENTLY);
  await languageField.getByText('Japanese').waitFor();
  await languageField.scrollIntoViewIfNeeded();
  await shot(andy, '04-widget-published-live');

  // Note for the rep: added to the lead, its owner Rita is told.
  await match.getByRole('button', { name: 'Note for the rep' }).click();
  const note = panel.getByTestId('note-for-rep');
  await note.getByLabel('Note for the rep').fill('Mei would like a call in Japanese tomorrow morning.');
  await note.getByRole('button', { name: 'Add note' }).click();
  await panel.getByTestId('note-for-rep-sent').getByText(`Note added to Mei Tanaka; ${REP.name} was notified.`).waitFor();
  await panel.getByTestId('note-for-rep-sent').scrollIntoViewIfNeeded();
  await shot(andy, '05-note-for-rep');

  // Rita sees it in Sell's top bar at once: the bell with its unread count, and the note in its list.
  const bell = rita.getByTestId('notification-bell');
  await bell.waitFor(PATIENTLY);
  await expect.poll(() => rita.getByTestId('notification-count').innerText(), PATIENTLY).toContain('1');
  await bell.click();
  const item = rita.getByTestId('rep-notification').first();
  await item.getByText(`${AGENT.name} left a note on lead Mei Tanaka`).waitFor();
  await item.getByText('Mei would like a call in Japanese tomorrow morning.').waitFor();
  await shot(rita, '06-rep-notification');
  await item.click();
  await rita.waitForURL(new RegExp(`/sell/leads/${world.meiLeadId}$`));
  await expect.poll(() => rita.getByTestId('notification-count').innerText()).toBe('');
  expect((await owner('GET', `${SELL_CHAT}/notifications`)).unreadCount).toBe(0); // the owner has none of her own

  // A second visitor whose email is a person contact's: the person, her company, her deals, matched by email.
  const carla = await visitorChats('Carla C.', 'carla@contoso.example', 'Can we add sleeping bags to our order?');
  pages.push(carla);
  await serveInDashboard(andy, 'Carla C.');
  const person = card(panel).getByTestId('sell-card-match');
  await person.getByText('Carla Customer').waitFor(PATIENTLY);
  await expect(person.getByTestId('sell-card-type').first().innerText()).resolves.toBe('Person');
  await expect(person.getByTestId('sell-card-matched-by').innerText()).resolves.toBe('Matched by email');
  await person.getByTestId('sell-card-company').getByText('Contoso Trail Co.').waitFor();
  await person.getByTestId('sell-card-company').getByText('Retail').waitFor();
  const deal = person.getByTestId('sell-card-deal');
  await deal.getByText('Spring tents for Contoso').waitFor();
  await deal.getByText('$12,500.00').waitFor();
  await deal.scrollIntoViewIfNeeded();
  await shot(andy, '07-contact-with-company-and-deals');

  // The visitor gives another email through the page's identify(): the card follows.
  await carla.evaluate(() => (globalThis as unknown as { Tandem: { identify: (d: object) => Promise<void> } }).Tandem.identify({ email: 'ken@alpine.example' }));
  await card(panel).getByTestId('sell-card-match').getByText('Ken Watanabe').waitFor(PATIENTLY);
  await expect(card(panel).getByTestId('sell-card-match').getAttribute('data-record-type')).resolves.toBe('lead');
  await shot(andy, '08-card-follows-identify');

  // A new request while Rita is Online in Sell: the Chat icon flashes until someone serves it.
  await ritaIcon.waitFor();
  const boots = await socketVisitorChats('Bo Hiker', 'bo@trail.example', 'Are your boots waterproof?');
  await expect.poll(() => ritaIcon.getAttribute('data-flashing'), PATIENTLY).toBe('true');
  await shot(rita, '09-chat-icon-flashing');
  await ritaIcon.click();
  const chatPanel = rita.getByTestId('chat-for-sell-panel');
  await chatPanel.getByRole('button', { name: 'Serve 1 request' }).click();
  await chatPanel.getByTestId('transcript').getByText('Are your boots waterproof?').waitFor();
  await expect.poll(() => ritaIcon.getAttribute('data-flashing')).toBeNull();
  // She answers from Sell: the visitor gets it; she never left the lead's page.
  const heard = new Promise<string>((resolve) => boots.on('chat:log', (entry: { type: string; author: { kind: string }; text: string }) => entry.author.kind === 'agent' && entry.type === 'chat.msg' && resolve(entry.text)));
  const reply = chatPanel.getByRole('textbox', { name: 'Message to the visitor' });
  await reply.fill('Yes, fully waterproof. Which size do you need?');
  await reply.press('Enter');
  await expect(heard).resolves.toBe('Yes, fully waterproof. Which size do you need?');
  await chatPanel.getByTestId('chat-for-sell-card').getByText('Not in Sell yet').waitFor(PATIENTLY);
  expect(new URL(rita.url()).pathname).toBe(`/sell/leads/${world.meiLeadId}`);
  await shot(rita, '10-chatting-inside-sell');

  // Her Chat status is changeable there.
  await chatPanel.getByTestId('agent-status').getByText('Away').click();
  await expect.poll(() => ritaIcon.getAttribute('data-presence')).toBe('away');
  await chatPanel.getByTestId('agent-status').getByText('Online').click();
  await expect.poll(() => ritaIcon.getAttribute('data-presence')).toBe('online');

  // Sign in on load off: opening Sell no longer connects her; she connects from the icon.
  const [chatForSell] = (await owner('GET', '/api/marketplace/installations?product=sell')).installations;
  await owner('PUT', `/api/marketplace/installations/${chatForSell.id}/settings`, { settings: { sign_in_on_load: false } });
  const ritaLater = await signIn(REP);
  pages.push(ritaLater);
  await ritaLater.goto(`${server.url}/sell/leads`);
  const laterIcon = ritaLater.getByTestId('chat-top-bar-icon');
  await expect.poll(() => laterIcon.getAttribute('data-presence'), PATIENTLY).toBe('signed_out');
  await laterIcon.click();
  await ritaLater.getByTestId('chat-signed-out').getByRole('button', { name: 'Sign in to Chat' }).click();
  await expect.poll(() => laterIcon.getAttribute('data-presence'), PATIENTLY).toBe('online');

  // Sam is a Sell user without a Chat role: no Chat icon for him.
  const sam = await signIn(SECOND_REP);
  pages.push(sam);
  await sam.goto(`${server.url}/sell/leads`);
  await sam.getByRole('heading', { name: 'Leads' }).first().waitFor();
  await expect(sam.getByTestId('chat-top-bar-icon').count()).resolves.toBe(0);

  // Under "Sell users only", an agent without a Sell seat is told why there is no Sell data, and what
  // an admin can change — here in Japanese, her browser's language.
  const nina = await signIn(NO_SEAT, 'ja-JP');
  pages.push(nina);
  await nina.goto(`${server.url}/chat`);
  await nina.getByTestId('agent-status').waitFor();
  await socketVisitorChats('Nora Walker', 'nora@walk.example', 'Do you sell trekking poles?');
  await serveInDashboard(nina, 'Nora Walker');
  const refusal = nina.getByTestId('apps-panel').getByTestId('sell-card-refusal');
  await refusal.getByText('Sell のシートがありません').waitFor(PATIENTLY);
  await refusal.getByText(/Sell 管理者があなたに Sell のロールを付与するか/).waitFor();
  await expect(refusal.getAttribute('data-code')).resolves.toBe('sell_access_required');
  await refusal.scrollIntoViewIfNeeded();
  await shot(nina, '11-no-sell-seat');

  // The owner revokes Sell for Chat's grant (Sell › Authorized apps): the card says what happened and
  // offers Reconnect (O-9), which goes through the Authorize application dialog and brings the data back.
  const { grants } = await owner('GET', '/api/oauth/grants');
  const grant = grants.find((g: { appName: string }) => g.appName === 'Sell for Chat');
  await owner('DELETE', `/api/oauth/grants/${grant.id}`);
  const olga = await signIn(OWNER);
  pages.push(olga);
  await olga.goto(`${server.url}/chat`);
  await olga.getByTestId('agent-status').waitFor();
  await socketVisitorChats('Pia Camper', 'carla@contoso.example', 'Is my order on its way?');
  await serveInDashboard(olga, 'Pia Camper');
  const revoked = olga.getByTestId('apps-panel').getByTestId('sell-card-refusal');
  await revoked.getByText('Sell for Chat lost its access to Sell').waitFor(PATIENTLY);
  await expect(revoked.getAttribute('data-code')).resolves.toBe('sell_app_needs_authorization');
  await revoked.scrollIntoViewIfNeeded();
  await shot(olga, '12-revoked-reconnect');
  await revoked.getByRole('button', { name: 'Reconnect Sell for Chat' }).click();
  const dialog = olga.getByTestId('oauth-authorize');
  await dialog.getByRole('button', { name: 'Authorize' }).click();
  await olga.waitForURL(/\/chat\/apps\?.*sign_in=done/);
  await olga.getByRole('tab', { name: 'Dashboard' }).click();
  await olga.getByTestId('open-chats').getByRole('button', { name: 'Pia Camper' }).click();
  await card(olga.getByTestId('apps-panel')).getByTestId('sell-card-match').getByText('Carla Customer').waitFor(PATIENTLY);
}

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import { apiSession } from './support/api-session.ts';
import { launchBrowser } from './support/browser.ts';
import { installWithSignIn, sessionCookie } from './support/installed-app.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { signInBrowser } from './support/journey.ts';
import { ask, socketClients } from './support/sockets.ts';
import { setUpAccount } from './support/account.ts';
import { expectCleanStop } from './support/stop-server.ts';

/**
 * Sell › Settings › Integrations › Integrations, as the seed article walks through it: an owner
 * enables the Chat integration, sets access, status, a source created by typing, owners (a user and
 * a pool, with the topmost manager named), publishes a Lead widget with custom fields added by
 * keyboard and by "+", and enables past chats through the confirmation dialog with its B-3 numbers.
 * Every setting survives a reload; the read audit lists and exports what agents saw; the page reads
 * the same in Japanese with the article's labels; a Chat admin and a rep see it read-only and are told
 * who can change it.
 */

const OWNER = { name: 'Olga Owner', email: 'olga@northwind.test', password: 'owner password 1' };
const REP = { name: 'Rita Rep', email: 'rita@northwind.test', password: 'rep password 12' };
const CHAT_ADMIN = { name: 'Carl Chatadmin', email: 'carl@northwind.test', password: 'chat admin pass 1' };
const SETTINGS_API = '/api/integrations/sell-chat/settings';
const SHOTS = path.resolve('test-results/integration-settings');

let server: RunningServer;
let browser: Browser;
let owner: Awaited<ReturnType<typeof apiSession>>;
const clients = socketClients(() => server.url);
const connect = clients.connect;
const world = { repId: 0, poolId: 0, budgetFieldId: 0, languageFieldId: 0, chatId: '' };

/** Saves a picture of the page under test-results/ for people to look at (a dialog: the window as seen). */
async function shot(page: Page, name: string, { fullPage = true } = {}) {
  fs.mkdirSync(SHOTS, { recursive: true });
  if (fullPage) {
    // A whole-page picture is taken from the top, with nothing focused, so the fixed top bar sits where a person sees it.
    await page.evaluate('document.activeElement?.blur(); window.scrollTo(0, 0)');
  }
  await page.waitForTimeout(250); // transitions settle, for the picture
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

const signIn = (email: string, password: string, locale = 'en-US', base = server.url) => signInBrowser(browser, base, email, password, locale, { width: 1440, height: 1000 });

/** Runs a journey; on failure keeps a screenshot of where it stopped and the page's errors. */
async function run(context: BrowserContext, page: Page, name: string, errors: string[], steps: () => Promise<void>) {
  try {
    await steps();
  } catch (error) {
    await shot(page, `${name}-failure`);
    throw new Error(`${(error as Error).message}\npage errors: ${errors.join(' | ') || 'none'}\nserver: ${server.output().slice(-1500)}`, { cause: error });
  } finally {
    await context.close();
  }
  expect(errors).toEqual([]);
}

/** The text box of a picker (Mantine gives some of them the combobox role). */
const input = (block: Locator) => block.locator('input:not([type="hidden"])').first();
const settled = (block: Locator) => block.getByTestId('save-state').and(block.locator('[data-status="success"]')).waitFor();
const settings = () => owner('GET', SETTINGS_API);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  await setUpAccount(server.url, OWNER);
  owner = await apiSession(server.url, OWNER.email, OWNER.password);
  world.repId = (await owner('POST', '/api/users', { ...REP, sellRole: 'user', chatRole: 'agent' })).user.id;
  await owner('POST', '/api/users', { ...CHAT_ADMIN, sellRole: 'user', chatRole: 'admin' });
  world.poolId = (await owner('POST', '/v2/pools', { data: { name: 'Inbound team', resource_type: 'lead', member_ids: [world.repId] } })).data.id;
  world.budgetFieldId = (await owner('POST', '/v2/lead/custom_fields', { data: { name: 'Budget tier', type: 'list', choices: ['Gold', 'Silver'] } })).data.id;
  world.languageFieldId = (await owner('POST', '/v2/lead/custom_fields', { data: { name: 'Preferred language', type: 'string' } })).data.id;
  await owner('GET', '/v2/lead_statuses');
  await owner('POST', '/v2/leads', { data: { first_name: 'Vera', last_name: 'Visitor', email: 'vera@example.com' } });

  // Vera chats from the website while Olga is online, so past chats have a record to show (B-3).
  const olga = await connect('/chat/agent', { cookie: (await sessionCookie(server.url, OWNER.email, OWNER.password)).cookie });
  await ask(olga, 'agent:hello');
  const vera = await connect('/chat/visitor', { visitorKey: crypto.randomUUID() });
  await ask(vera, 'visitor:hello');
  const { chat } = await ask(vera, 'chat:start', { name: 'Vera Visitor', email: 'vera@example.com', message: { clientId: 'v-1', text: 'Do you ship to Osaka?' } });
  world.chatId = chat.id;
  await ask(olga, 'chat:serve', { chatId: chat.id });
});

afterAll(async () => {
  clients.disconnectAll();
  await browser?.close();
  await expectCleanStop(server);
});

describe('Sell settings › Integrations: the Chat integration', () => {
  it('lets the owner enable it and set up every setting, which a reload keeps', async () => {
    const { context, page, errors } = await signIn(OWNER.email, OWNER.password);
    await run(context, page, 'owner', errors, async () => {
      await page.goto(`${server.url}/sell/settings`);
      await page.getByTestId('settings-nav').getByRole('link', { name: 'Integrations' }).click();
      const card = page.getByTestId('chat-integration-card');
      await card.getByText('Not enabled').waitFor();
      // S-11: three elements, all red, each saying so in words.
      await expect(card.getByTestId('element-status').allInnerTexts()).resolves.toEqual(['Off · not installed', 'Off · not installed', 'Off']);
      await expect(card.locator('[data-testid="element-status"][data-on="false"]').count()).resolves.toBe(3);
      await shot(page, '01-integrations-not-enabled');

      // S-7: Enable.
      await card.getByRole('button', { name: 'Enable' }).click();
      await card.getByText('Enabled', { exact: true }).waitFor();
      await expect(card.getByRole('link', { name: 'View details and install' }).first().getAttribute('href')).resolves.toBe('/marketplace/sell-for-chat');
      await card.getByRole('link', { name: 'Settings' }).first().click();

      // S-12 / S-13, default O-1.
      const access = page.getByTestId('setting-access-mode');
      await expect(access.getByTestId('access-sell_users').getAttribute('aria-checked')).resolves.toBe('true');
      await expect(page.getByTestId('owner-rule').innerText()).resolves.toContain('belong to the agent who creates them');
      await access.getByTestId('access-all_agents').click();
      await settled(access);
      await expect(access.getByTestId('access-all_agents').getAttribute('aria-checked')).resolves.toBe('true');
      // S-18: with no owner under All agents, the topmost manager, by name.
      await expect(page.getByTestId('owner-rule').innerText()).resolves.toContain('the topmost manager, Olga Owner');

      // S-14: a status from the lead status list.
      const status = page.getByTestId('setting-assign-status');
      await input(status).click();
      await page.getByRole('option', { name: 'Working' }).click();
      await settled(status);

      // S-15: typing a name that does not exist creates the source.
      const source = page.getByTestId('setting-assign-source');
      await input(source).fill('Website chat');
      await page.getByRole('option', { name: 'Create source "Website chat"' }).waitFor();
      await input(source).press('Enter');
      await settled(source);
      await expect(input(source).inputValue()).resolves.toBe('Website chat');
      const sources = (await owner('GET', '/v2/lead_sources')).items.map((i: { data: { name: string } }) => i.data.name);
      expect(sources).toContain('Website chat');

      // S-16 / S-17: a user and a pool; the topmost manager stays named.
      const owners = page.getByTestId('setting-assign-owner');
      const picker = input(owners);
      await picker.click();
      await picker.fill('Rita');
      await page.getByRole('option', { name: 'Rita Rep' }).click();
      await settled(owners);
      await picker.fill('Inbound');
      await page.getByRole('option', { name: 'Inbound team' }).click();
      await settled(owners);
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('owner-rule').innerText()).resolves.toContain('picks one of these 2 owners');
      await expect(page.getByTestId('topmost-manager').innerText()).resolves.toBe('Topmost manager: Olga Owner');

      // B-2, and a save that fails: the switch goes back and says why.
      const offline = page.getByTestId('setting-offline-leads');
      await page.route(`**${SETTINGS_API}`, (route) =>
        route.request().method() === 'PATCH'
          ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'The server is busy.' } }) })
          : route.continue(),
      );
      await offline.getByRole('switch').click({ force: true });
      await offline.locator('[data-testid="save-state"][data-status="error"]').getByText('Not saved: The server is busy. The previous value is back.').waitFor();
      await expect(offline.getByRole('switch').isChecked()).resolves.toBe(false);
      await page.unroute(`**${SETTINGS_API}`);
      await offline.getByRole('switch').click({ force: true });
      await settled(offline);
      await expect(offline.getByRole('switch').isChecked()).resolves.toBe(true);
      await shot(page, '03-chat-settings');

      const saved = await settings();
      expect(saved.settings).toMatchObject({
        enabled: true,
        accessMode: 'all_agents',
        offlineLeadsEnabled: true,
        ownerEntries: [
          { kind: 'user', id: world.repId, name: REP.name },
          { kind: 'pool', id: world.poolId, name: 'Inbound team' },
        ],
      });
      expect(saved.assignStatus.name).toBe('Working');
      expect(saved.assignSource.name).toBe('Website chat');

      // S-19 … S-21: the Lead widget gets two custom fields, one by keyboard and one by "+".
      await page.getByTestId('field-settings-summary').getByRole('link', { name: 'Field settings' }).click();
      await page.getByTestId('widget-card-company').waitFor();
      await expect(page.getByTestId('widget-card-lead').getByTestId('widget-history').innerText()).resolves.toContain('Not edited yet');
      await shot(page, '04-field-settings');
      await page.getByTestId('widget-card-lead').getByRole('link', { name: 'Edit' }).click();
      const catalogue = page.getByTestId('field-catalogue');
      const widget = page.getByTestId('widget-fields');
      await catalogue.getByRole('textbox', { name: 'Search fields' }).fill('budget');
      await expect.poll(() => catalogue.getByTestId('catalogue-field').count(), { timeout: 15_000 }).toBe(1);
      await catalogue.getByTestId('catalogue-field').getByText('Budget tier').waitFor();
      await catalogue.getByRole('button', { name: 'Drag Budget tier into the widget' }).focus();
      await page.keyboard.press('Space');
      await page.waitForTimeout(200);
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(200);
      await page.keyboard.press('Space');
      await widget.getByTestId('widget-field').filter({ hasText: 'Budget tier' }).waitFor();
      const leadDraft = async () => (await owner('GET', '/api/integrations/sell-chat/widgets')).widgets.find((w: { widget: string }) => w.widget === 'lead').draft;
      await expect.poll(leadDraft, { timeout: 10_000 }).toContain(`custom:${world.budgetFieldId}`);

      await catalogue.getByRole('textbox', { name: 'Search fields' }).fill('language');
      await catalogue.getByRole('button', { name: 'Add Preferred language' }).click();
      await widget.getByTestId('widget-field').filter({ hasText: 'Preferred language' }).waitFor();
      await expect.poll(leadDraft, { timeout: 10_000 }).toContain(`custom:${world.languageFieldId}`);
      await catalogue.getByRole('textbox', { name: 'Search fields' }).fill('');
      await page.getByTestId('publish-state').getByText('Unpublished changes').waitFor();

      await page.getByRole('button', { name: 'Preview' }).click();
      const preview = page.getByTestId('widget-preview');
      await preview.getByText('The data shown is sample data.').waitFor();
      await preview.getByRole('row').filter({ hasText: 'Budget tier' }).waitFor();
      await preview.getByRole('row').filter({ hasText: 'Preferred language' }).getByText('Sample text').waitFor();
      await shot(page, '06-widget-preview', { fullPage: false });
      await page.keyboard.press('Escape');
      await preview.waitFor({ state: 'detached' });

      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByTestId('publish-state').getByText('Published', { exact: true }).waitFor();
      const lead = (await owner('GET', '/api/integrations/sell-chat/widgets')).widgets.find((w: { widget: string }) => w.widget === 'lead');
      expect(lead.published).toEqual(lead.draft);
      expect(lead.published).toEqual(expect.arrayContaining([`custom:${world.budgetFieldId}`, `custom:${world.languageFieldId}`]));
      await expect(page.getByTestId('widget-history').innerText()).resolves.toContain('by Olga Owner');
      await shot(page, '05-widget-editor');

      // S-10 with B-3: the dialog warns, and says how many agents would see how many records.
      await page.goto(`${server.url}/sell/settings/integrations/integrations/chat`);
      const pastChats = page.getByTestId('section-past-chats');
      await pastChats.getByRole('button', { name: 'Enable' }).click();
      const dialog = page.getByRole('dialog', { name: 'Show past chats in Sell?' });
      await dialog.getByText('becomes visible to every Chat agent who has Sell access, whatever Chat\'s own data access settings say').waitFor();
      const exposure = await owner('GET', '/api/integrations/sell-chat/past-chats/exposure');
      expect(exposure).toMatchObject({ accessMode: 'all_agents', agents: 3, records: 1 });
      await dialog.getByTestId('past-chats-exposure').getByText('3 agents would gain sight of 1 record.').waitFor();
      await shot(page, '07-past-chats-dialog', { fullPage: false });
      await dialog.getByRole('button', { name: 'Enable' }).click();
      await dialog.waitFor({ state: 'detached' });
      await settled(pastChats);
      await expect(pastChats.getByTestId('element-status').innerText()).resolves.toBe('On');

      // The Sell app in Chat installed from the Marketplace (another journey clicks through it): its mark turns green.
      await installWithSignIn(server.url, await sessionCookie(server.url, OWNER.email, OWNER.password), 'sell-for-chat', {});
      await page.goto(`${server.url}/sell/settings/integrations/integrations`);
      await expect.poll(() => card.getByTestId('element-status').allInnerTexts(), { timeout: 15_000 }).toEqual(['On', 'Off · not installed', 'On']);
      await expect(card.getByRole('link', { name: "Manage in Chat's My Apps" }).getAttribute('href')).resolves.toBe('/chat/apps');
      await expect(card.getByRole('link', { name: 'View details and install' }).getAttribute('href')).resolves.toBe('/marketplace/chat-for-sell');
      await shot(page, '02-integrations-enabled');

      // Chat › My Apps › Settings of the Sell app leads to these settings.
      await page.goto(`${server.url}/chat/apps`);
      await page.locator('[data-testid="installed-app"][data-app-id="sell-for-chat"]').getByRole('link', { name: 'Settings' }).click();
      await page.getByTestId('app-settings-elsewhere').waitFor();
      await shot(page, '02b-my-apps-sell-for-chat-settings');
      await page.getByTestId('app-settings-elsewhere').getByRole('link', { name: 'Open Sell › Settings › Integrations › Chat' }).click();
      await page.waitForURL(`${server.url}/sell/settings/integrations/integrations/chat`);
      await page.getByTestId('setting-access-mode').getByTestId('access-all_agents').waitFor();

      // B-1: Olga's card beside Vera's chat is recorded; the audit lists, filters and exports it.
      // Each look at the card is one line; 26 of them make two pages.
      for (let i = 0; i < 26; i += 1) await owner('GET', `/api/integrations/sell-chat/chats/${world.chatId}/card`);
      await page.goto(`${server.url}/sell/settings/integrations/integrations/chat`);
      await page.getByRole('link', { name: 'Open read audit' }).click();
      const rows = page.getByTestId('audit-row');
      await rows.filter({ hasText: 'Vera Visitor' }).first().waitFor();
      await expect(rows.first().innerText()).resolves.toContain('Budget tier');
      await expect(rows.count()).resolves.toBe(25);
      await page.getByRole('button', { name: 'Older' }).click();
      await page.getByText('Page 2').waitFor();
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
      await page.getByRole('button', { name: 'Newer' }).click();
      await page.getByText('Page 1').waitFor();
      await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(25);
      const filters = page.getByTestId('audit-filters');
      await filters.getByLabel('Agent').click();
      await page.getByRole('option', { name: REP.name }).click();
      await page.getByText('Nothing matches these filters').waitFor();
      await filters.getByRole('button', { name: 'Clear filters' }).click();
      await rows.first().waitFor();
      await shot(page, '08-read-audit');
      const href = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
      const download = await page.evaluate(async (url) => {
        const answer = await fetch(url!);
        const bytes = new Uint8Array(await answer.arrayBuffer());
        return { type: answer.headers.get('content-type'), bom: Array.from(bytes.slice(0, 3)), text: new TextDecoder().decode(bytes) };
      }, href);
      expect(download.type).toContain('text/csv');
      expect(download.bom).toEqual([0xef, 0xbb, 0xbf]); // spreadsheets read it as UTF-8
      const csv = download.text;
      expect(csv.split('\r\n')[0]).toBe('time,agent_id,agent_name,chat_id,record_type,record_id,record_name,fields,acting_sell_user_id');
      expect(csv).toContain('Vera Visitor');

      // Reloaded, every setting is as it was left.
      await page.goto(`${server.url}/sell/settings/integrations/integrations/chat`);
      await page.reload();
      await expect(page.getByTestId('access-all_agents').getAttribute('aria-checked')).resolves.toBe('true');
      await expect(input(page.getByTestId('setting-assign-status')).inputValue()).resolves.toBe('Working');
      await expect(input(page.getByTestId('setting-assign-source')).inputValue()).resolves.toBe('Website chat');
      const pills = page.getByTestId('setting-assign-owner');
      await pills.getByText(REP.name).waitFor();
      await pills.getByText('Inbound team').waitFor();
      await expect(page.getByTestId('setting-offline-leads').getByRole('switch').isChecked()).resolves.toBe(true);
      await expect(page.getByTestId('section-past-chats').getByTestId('element-status').innerText()).resolves.toBe('On');
    });
  });

  it('reads in Japanese with the labels of the article, and turns past chats off and on again', async () => {
    const { context, page, errors } = await signIn(OWNER.email, OWNER.password, 'ja-JP');
    await run(context, page, 'owner-ja', errors, async () => {
      await page.goto(`${server.url}/sell/settings/integrations/integrations`);
      const card = page.getByTestId('chat-integration-card');
      for (const label of ['ChatのSellアプリ', 'SellのChatアプリ', 'Sellで過去のチャットを表示', '詳細を確認してインストールします']) await card.getByText(label).first().waitFor();
      await page.getByTestId('settings-nav').getByRole('link', { name: 'インテグレーション' }).waitFor();
      await shot(page, 'ja-01-integrations');

      await card.getByRole('link', { name: '設定' }).first().click();
      for (const label of [
        'ChatのSellアプリ - インストール済み',
        'Sellのユーザーのみアクセス可能',
        'すべてのエージェントがアクセス可能',
        'ステータスの割り当て',
        'ソースを割り当てる',
        'オーナーの割り当て',
        'エージェントに任意のオーナーの割り当てを許可する',
      ]) {
        await page.getByText(label).first().waitFor();
      }
      await page.getByRole('link', { name: 'フィールド設定' }).waitFor();
      await page.getByTestId('topmost-manager').getByText('最上位のマネージャー: Olga Owner').waitFor();
      await shot(page, 'ja-02-chat-settings');

      // S-24 / S-25: off (無効) and on again (有効にする → the dialog → 有効にする).
      const pastChats = page.getByTestId('section-past-chats');
      await pastChats.getByRole('button', { name: '無効' }).click();
      await settled(pastChats);
      await expect(pastChats.getByTestId('element-status').innerText()).resolves.toBe('無効');
      await pastChats.getByRole('button', { name: '有効にする' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Sellへのアクセス権を持つすべてのChatエージェントに表示されます(Chatデータへのアクセス設定に関係なく)').waitFor();
      await dialog.getByText('3人のエージェントが1件のレコードを閲覧できるようになります。').waitFor();
      await shot(page, 'ja-03-past-chats-dialog', { fullPage: false });
      await dialog.getByRole('button', { name: '有効にする' }).click();
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => pastChats.getByTestId('element-status').innerText(), { timeout: 15_000 }).toBe('有効');
      expect((await settings()).settings.pastChatsEnabled).toBe(true);

      await page.getByRole('link', { name: 'フィールド設定' }).click();
      await page.getByTestId('widget-card-lead').getByText('リードウィジェット').waitFor();
      await page.getByTestId('widget-card-person').getByText('顧客情報ウィジェット').waitFor();
      await page.getByTestId('widget-card-company').getByText('企業情報ウィジェット').waitFor();
      await page.getByTestId('widget-card-lead').getByRole('link', { name: '編集' }).click();
      await page.getByRole('button', { name: '公開' }).waitFor();
      await page.getByRole('button', { name: '確認' }).click();
      await page.getByTestId('widget-preview').getByText('表示されているデータはサンプルです。').waitFor();
      await shot(page, 'ja-04-widget-preview', { fullPage: false });
    });
  });

  it('shows a Chat admin and a rep the settings read-only, saying who can change them', async () => {
    const carl = await signIn(CHAT_ADMIN.email, CHAT_ADMIN.password);
    await run(carl.context, carl.page, 'chat-admin', carl.errors, async () => {
      const { page } = carl;
      await page.goto(`${server.url}/sell/settings/integrations/integrations/chat`);
      await page.getByTestId('read-only-notice').getByText('ask a Sell admin: Olga Owner').waitFor();
      await expect(page.getByTestId('access-all_agents').isDisabled()).resolves.toBe(true);
      await expect(input(page.getByTestId('setting-assign-status')).isDisabled()).resolves.toBe(true);
      await expect(input(page.getByTestId('setting-assign-owner')).isDisabled()).resolves.toBe(true);
      await expect(page.getByTestId('section-past-chats').getByRole('button').count()).resolves.toBe(0);
      await shot(page, '09-chat-admin-read-only');
    });

    const rita = await signIn(REP.email, REP.password);
    await run(rita.context, rita.page, 'rep', rita.errors, async () => {
      const { page } = rita;
      await page.goto(`${server.url}/sell/settings/integrations/integrations`);
      await expect(page.getByRole('button', { name: 'Enable' }).count()).resolves.toBe(0);
      await page.goto(`${server.url}/sell/settings/integrations/integrations/chat`);
      await page.getByTestId('read-only-notice').getByText('ask a Sell admin: Olga Owner').waitFor();
      await expect(page.getByTestId('access-all_agents').isDisabled()).resolves.toBe(true);
      await shot(page, '10-rep-read-only');
    });
  });

  it('names each prerequisite that fails, and lets a Sell admin migrate a legacy Sell account (S-1, S-2)', async () => {
    // A second company on the same install: Sell still legacy, Chat on the Lite plan.
    const harbor = { name: 'Hana Harbor', email: 'hana@harbor.test', password: 'harbor password 1' };
    execFileSync(
      path.resolve('node_modules/.bin/tsx'),
      ['src/cli/tandem.ts', 'account:create', '--subdomain', 'harbor', '--name', 'Harbor Goods', '--owner-name', harbor.name, '--email', harbor.email, '--password', harbor.password, '--sell-kind', 'legacy', '--chat-plan', 'lite'],
      { env: { ...process.env, DATA_DIR: server.dataDir, LOG_LEVEL: 'warn' }, stdio: 'pipe' },
    );
    const base = server.url.replace('localhost', 'harbor.localhost');
    const { context, page, errors } = await signIn(harbor.email, harbor.password, 'en-US', base);
    await run(context, page, 'prerequisites', errors, async () => {
      await page.goto(`${base}/sell/settings/integrations/integrations`);
      const failures = page.getByTestId('chat-integration-card').getByTestId('prerequisite-failures');
      await failures.locator('[data-code="sell_legacy_account"]').getByText('Sell is a legacy account').waitFor();
      await failures.locator('[data-code="chat_plan_too_low"]').getByText('Chat is on the Lite plan; Team or higher is needed.').waitFor();
      await expect(page.getByRole('button', { name: 'Enable' }).isDisabled()).resolves.toBe(true);
      await shot(page, '11-prerequisites-failing');

      await failures.getByRole('button', { name: 'Migrate Sell to the platform' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Migrate Sell to the platform' }).click();
      await page.getByText('Sell is now a platform account.').waitFor();
      await expect.poll(() => failures.locator('[data-code="sell_legacy_account"]').count(), { timeout: 15_000 }).toBe(0);
      // S-2 still holds it back, and says who can change the plan.
      await failures.locator('[data-code="chat_plan_too_low"]').getByText('You can change the plan in Chat settings.').waitFor();
      await expect(page.getByRole('button', { name: 'Enable' }).isDisabled()).resolves.toBe(true);
    });
  });
});

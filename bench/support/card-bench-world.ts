import crypto from 'node:crypto';
import { buildApp } from '../../src/app.ts';
import { chatContext, chatDb, connectVisitor, endChat, offlineChatLive, serveChat, startChat, type ChatServices } from '../../src/chat/index.ts';
import { DemoBrowser } from '../../src/cli/demo/demo-browser.ts';
import { loadConfig } from '../../src/config.ts';
import { integrationContext, type IntegrationContext } from '../../src/integrations/sell-chat/integration-context.ts';
import { updateSettings } from '../../src/integrations/sell-chat/settings/update-settings.ts';
import { publishWidget } from '../../src/integrations/sell-chat/widgets/publish-widget.ts';
import { saveWidgetDraft } from '../../src/integrations/sell-chat/widgets/save-widget-draft.ts';
import type { AccountRow } from '../../src/platform/accounts/accounts.repo.ts';
import type { Db } from '../../src/platform/db/connect.ts';
import { nowIso } from '../../src/platform/db/time.ts';
import type { UserRow } from '../../src/platform/identity/users.repo.ts';
import { hashToken } from '../../src/platform/secrets.ts';

const SELL_FOR_CHAT = 'sell-for-chat';
const BUDGET = 'Budget';

/** What the cards show: most standard fields, owners by name, the lead's source and a custom field. */
const PUBLISHED = {
  lead: ['organization_name', 'title', 'status', 'source', 'email', 'phone', 'address', 'tags', 'owner'],
  person: ['title', 'company', 'email', 'phone', 'address', 'tags', 'owner'],
  company: ['industry', 'website', 'phone', 'owner'],
} as const;

export type CardBenchWorld = {
  /** The agent's context in the integration, as the card route builds it for a request. */
  agent: IntegrationContext;
  /** A visitor with these details starts a chat from the widget and the agent serves it; resolves when serve returned. */
  servedChat: (details: { name: string; email?: string | null | undefined; phone?: string | null | undefined }) => Promise<string>;
  endChat: (chatId: string) => Promise<void>;
};

/**
 * The bench account as its owner would set it up: the Sell for Chat app installed and authorized
 * through the Marketplace's own routes (the install page, the Authorize application dialog, the
 * callback; no port), a lead custom field through the Sell API, then the integration enabled and its
 * three widgets published through the integration's own operations. Safe to run again on the reused
 * database. The owner (Chat owner, Sell admin) is the agent; chats go through Chat's operations.
 */
export async function prepareCardBenchWorld(db: Db, dataDir: string, account: AccountRow, owner: UserRow, password: string): Promise<CardBenchWorld> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '0', CHAT_ROUTING_SWEEP_MS: '0', WEB_DIST: 'dist/web' });
  const app = await buildApp(config, { db, migrated: true });
  let budgetId: number;
  try {
    const browser = new DemoBrowser(app, `${account.subdomain}.localhost`);
    expectOk(await browser.call('POST', '/api/session', { email: owner.email, password }), 'sign in');
    await installSellForChat(browser, account.subdomain);
    budgetId = await leadCustomField(browser, BUDGET);
  } finally {
    await app.close();
  }

  const services: ChatServices = { db, chat: chatDb(db), live: offlineChatLive([owner.id]), now: nowIso };
  const admin = integrationContext({ db, account, actor: owner }, services);
  await updateSettings(admin, { enabled: true, accessMode: 'sell_users' });
  for (const widget of ['lead', 'person', 'company'] as const) {
    await saveWidgetDraft(admin, widget, { fields: widget === 'lead' ? [...PUBLISHED.lead, `custom:${budgetId}`] : [...PUBLISHED[widget]] });
    await publishWidget(admin, widget);
  }

  const agentChat = chatContext(services, account, { kind: 'agent', user: owner });
  return {
    agent: integrationContext({ db, account, actor: owner }, services),
    async servedChat(details) {
      const visitor = await connectVisitor(services, account, hashToken(crypto.randomUUID()), { ip: '203.0.113.50', userAgent: 'card-lookup bench' });
      const { chat } = await startChat(chatContext(services, account, { kind: 'visitor', visitor }), details);
      await serveChat(agentChat, chat.id);
      return chat.id;
    },
    async endChat(chatId) {
      await endChat(agentChat, chatId);
    },
  };
}

type Answer = Awaited<ReturnType<DemoBrowser['call']>>;

function expectOk(res: Answer, what: string): Answer {
  if (res.statusCode !== 200) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res;
}

/** The install page's request, then Authorize in the dialog, then the callback the browser follows. */
async function installSellForChat(browser: DemoBrowser, subdomain: string) {
  const installed = expectOk(await browser.call('GET', '/api/marketplace/installations?product=chat'), 'list installations').json().installations as { app_id: string; status: string }[];
  if (installed.some((i) => i.app_id === SELL_FOR_CHAT && i.status === 'active')) return;
  const created = expectOk(await browser.call('POST', '/api/marketplace/installations', { app_id: SELL_FOR_CHAT, subdomain, settings: {} }), 'install Sell for Chat');
  const params = Object.fromEntries(new URL(created.json().authorize_url as string, 'http://bench.invalid').searchParams);
  const decided = expectOk(await browser.call('POST', '/api/oauth/authorization', { ...params, decision: 'authorize' }), 'authorize Sell for Chat');
  const callback = new URL(decided.json().redirect_to as string);
  const landed = await browser.call('GET', `${callback.pathname}${callback.search}`);
  if (!String(landed.headers.location ?? '').includes('sign_in=done')) throw new Error(`the sign-in step of Sell for Chat failed: ${landed.statusCode} ${landed.headers.location}`);
}

/** The id of the lead custom field of this name, added through the Sell API when missing. */
async function leadCustomField(browser: DemoBrowser, name: string): Promise<number> {
  const fields = expectOk(await browser.call('GET', '/v2/lead/custom_fields'), 'list custom fields').json().items as { data: { id: number; name: string } }[];
  const found = fields.find((f) => f.data.name === name);
  if (found) return found.data.id;
  return expectOk(await browser.call('POST', '/v2/lead/custom_fields', { data: { name, type: 'string' } }), 'add a custom field').json().data.id as number;
}

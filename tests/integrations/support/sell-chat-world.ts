import crypto from 'node:crypto';
import { expect } from 'vitest';
import { chatContext, chatDb, connectVisitor, identifyVisitor, offlineChatLive, startChat, type ChatServices } from '../../../src/chat/index.ts';
import type { OpContext } from '../../../src/platform/context.ts';
import { nowIso } from '../../../src/platform/db/time.ts';
import { createUser } from '../../../src/platform/identity/create-user.ts';
import { registerOAuthClient } from '../../../src/platform/oauth/index.ts';
import { hashToken } from '../../../src/platform/secrets.ts';
import { createPersonalToken } from '../../../src/platform/tokens/create-personal-token.ts';
import { SellApiClient } from '../../support/sell-api.ts';
import { makeAccount, PASSWORD, TestClient, type TestApp } from '../../support/test-app.ts';

export const API = '/api/integrations/sell-chat';

/**
 * An account with everyone the integration's rules tell apart:
 * - owner: Sell admin and Chat owner (installs the Sell app: its grant is the owner's)
 * - maria: Sell user, manager of rita and ravi; Chat agent
 * - rita: Sell user reporting to maria (limited visibility); Chat agent
 * - ravi: Sell user reporting to maria; no Chat role
 * - omar: Sell user in another team; Chat agent
 * - fiona: Sell user with full access; Chat agent
 * - sam: Sell admin (not the owner); Chat agent
 * - aiko: Chat agent without a Sell seat
 */
export async function makeIntegrationWorld(t: TestApp, subdomain: string) {
  const { account, owner } = await makeAccount(t, subdomain);
  const system: OpContext = { db: t.db, account, actor: null };
  const add = (name: string, extra: Record<string, unknown>) =>
    createUser(system, { name, email: `${name.toLowerCase()}@${subdomain}.test`, password: PASSWORD, ...extra });
  const maria = await add('Maria', { sellRole: 'user', chatRole: 'agent' });
  const rita = await add('Rita', { sellRole: 'user', reportsToId: maria.id, chatRole: 'agent' });
  const ravi = await add('Ravi', { sellRole: 'user', reportsToId: maria.id });
  const omar = await add('Omar', { sellRole: 'user', chatRole: 'agent' });
  const fiona = await add('Fiona', { sellRole: 'user', sellFullAccess: true, chatRole: 'agent' });
  const sam = await add('Sam', { sellRole: 'admin', chatRole: 'agent' });
  const aiko = await add('Aiko', { chatRole: 'agent' });
  const users = { owner, maria, rita, ravi, omar, fiona, sam, aiko };
  const host = `${subdomain}.localhost`;

  const sessions = new Map<string, TestClient>();
  /** A browser signed in as that user (one per user, kept). */
  const as = async (who: keyof typeof users) => {
    let client = sessions.get(who);
    if (!client) {
      client = new TestClient(t.app, host);
      expect((await client.signIn(users[who].email)).statusCode).toBe(200);
      sessions.set(who, client);
    }
    return client;
  };
  const tokens = new Map<string, SellApiClient>();
  /** The Sell API as that user (records are made the way any client makes them). */
  const sell = async (who: keyof typeof users) => {
    let client = tokens.get(who);
    if (!client) {
      client = new SellApiClient(t.app, host, (await createPersonalToken(system, { name: 'test' }, users[who].id)).token);
      tokens.set(who, client);
    }
    return client;
  };

  const agentIds = [maria, rita, omar, fiona, sam, aiko, owner].map((u) => u.id);
  const services: ChatServices = { db: t.db, chat: chatDb(t.db), live: offlineChatLive(agentIds), now: nowIso };
  /** A visitor starts a chat from the widget with these details; returns the chat id. */
  const startVisitorChat = async (details: { name?: string; email?: string; phone?: string }) => {
    const visitor = await connectVisitor(services, account, hashToken(crypto.randomUUID()), { ip: '203.0.113.9', userAgent: 'test' });
    const ctx = chatContext(services, account, { kind: 'visitor', visitor });
    const { chat } = await startChat(ctx, details);
    return {
      chatId: chat.id,
      /** The visitor tells more about themselves during the chat (W-1: the card looks again). */
      identify: (more: { name?: string; email?: string; phone?: string }) => identifyVisitor(ctx, more),
    };
  };

  /** What the Marketplace records once the Sell app is installed and authorized (S-8). */
  const installSellForChat = async (installerId = owner.id, scopes = 'read write profile') => {
    const { client } = await registerOAuthClient(t.db.kysely, account.id, { name: 'Sell for Chat', redirectUris: [`http://${host}/marketplace/oauth/callback`], public: true });
    const now = nowIso();
    const clientRow = await t.db.kysely.selectFrom('oauth_clients').select('id').where('client_id', '=', client.clientId).executeTakeFirstOrThrow();
    const grant = await t.db.kysely
      .insertInto('oauth_grants')
      .values({ account_id: account.id, user_id: installerId, oauth_client_id: clientRow.id, scopes, created_at: now, last_used_at: null, revoked_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const installation = await installApp('sell-for-chat', 'chat', client.clientId);
    return { installationId: installation.id, grantId: grant.id };
  };
  const installApp = (appId: string, product: 'chat' | 'sell', oauthClientId: string | null) => {
    const now = nowIso();
    return (t.db.kysely as any)
      .insertInto('marketplace_installations')
      .values({
        account_id: account.id,
        app_id: appId,
        product,
        enabled: 1,
        status: 'active',
        settings: '{}',
        oauth_client_id: oauthClientId,
        activated_at: now,
        created_by_id: owner.id,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow() as Promise<{ id: number }>;
  };
  const setAppEnabled = (appId: string, enabled: boolean) =>
    (t.db.kysely as any).updateTable('marketplace_installations').set({ enabled: enabled ? 1 : 0 }).where('account_id', '=', account.id).where('app_id', '=', appId).execute();
  const revokeGrant = (grantId: number) => t.db.kysely.updateTable('oauth_grants').set({ revoked_at: nowIso() }).where('id', '=', grantId).execute();

  /** The owner saves settings over HTTP, as the settings page does. */
  const saveSettings = async (patch: Record<string, unknown>) => {
    const res = await (await as('owner')).patch(`${API}/settings`, patch);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  /** Installed, authorized and enabled, with the settings given (default access: Sell users only). */
  const setUp = async (patch: Record<string, unknown> = {}) => {
    const installed = await installSellForChat();
    await saveSettings({ enabled: true, ...patch });
    return installed;
  };

  return { t, account, host, users, as, sell, startVisitorChat, installSellForChat, installApp, setAppEnabled, revokeGrant, saveSettings, setUp };
}

export type IntegrationWorld = Awaited<ReturnType<typeof makeIntegrationWorld>>;

/** Creates a record through the Sell API as `who`; returns its id. */
export async function createRecord(w: IntegrationWorld, who: keyof IntegrationWorld['users'], type: 'leads' | 'contacts' | 'deals', data: Record<string, unknown>) {
  const res = await (await w.sell(who)).post(`/v2/${type}`, data);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.id as number;
}

let counter = 0;
/** A fresh subdomain per test: one app per file keeps the suite fast. */
export const nextSubdomain = (prefix: string) => `${prefix}${++counter}`;

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marketplaceDb } from '../../src/marketplace/marketplace-tables.ts';
import { createUser } from '../../src/platform/identity/create-user.ts';
import { makeAccount, PASSWORD, type TestApp } from '../support/test-app.ts';
import {
  authorizeInBrowser,
  callWithToken,
  installTestApp,
  seenBodies,
  signedIn,
  startMarketplaceApp,
  storedInstallations,
  storedTokens,
  type RecordingClient,
} from './support/marketplace-world.ts';

let t: TestApp;
let owner: RecordingClient;
let agent: RecordingClient;
/** Every token and secret the tests saw stored: none may ever appear in a response. */
const secrets = new Set<string>(['sk-test-123456', 'sk-second-654321']);

async function remember(appId = 'test-app') {
  const tokens = await storedTokens(t, 'acme', appId);
  for (const token of [tokens.access, tokens.refresh]) if (token) secrets.add(token);
  for (const row of await storedInstallations(t, 'acme')) {
    if (row.pending_verifier_sealed) secrets.add(t.app.marketplace.secrets.open(row.pending_verifier_sealed));
  }
  return tokens;
}

const appEvents = async () =>
  (await t.db.kysely.selectFrom('outbox').select(['type', 'payload']).where('type', 'like', 'app.%').orderBy('id').execute()).map((e) => ({
    type: e.type,
    ...JSON.parse(e.payload),
  }));

const locationApps = async (client: RecordingClient, location: string) => (await client.get(`/api/marketplace/locations/${location}`)).json().apps;

beforeAll(async () => {
  t = await startMarketplaceApp();
  const { account } = await makeAccount(t, 'acme');
  await createUser({ db: t.db, account, actor: null }, { name: 'Aiko Agent', email: 'aiko@acme.test', password: PASSWORD, chatRole: 'agent' });
  owner = await signedIn(t, 'acme.localhost', 'owner@acme.test');
  agent = await signedIn(t, 'acme.localhost', 'aiko@acme.test');
});
afterAll(() => t.close());

describe('installing an app without a sign-in step', () => {
  it('is active at once, lists in My Apps and shows at its location', async () => {
    const res = await owner.post('/api/marketplace/installations', { app_id: 'chat-for-sell', subdomain: 'ACME ', settings: {} });
    expect(res.statusCode, res.body).toBe(200);
    const { installation, authorize_url } = res.json();
    expect(authorize_url).toBeNull();
    expect(installation).toMatchObject({
      app_id: 'chat-for-sell',
      app_name: 'Chat for Sell',
      icon_url: '/apps/chat-for-sell/icon.svg',
      product: 'sell',
      enabled: true,
      status: 'active',
      activated: true,
      settings: { sign_in_on_load: true }, // O-10: on by default
      secrets_set: [],
      created_by: { name: 'acme Owner' },
      can_manage: true,
    });
    const sell = (await owner.get('/api/marketplace/installations?product=sell')).json().installations;
    expect(sell.map((i: { app_id: string }) => i.app_id)).toEqual(['chat-for-sell']);
    expect((await owner.get('/api/marketplace/installations?product=chat')).json().installations).toEqual([]);
    expect((await owner.get('/api/marketplace/apps/chat-for-sell')).json().installation).toMatchObject({ id: installation.id });

    expect(await locationApps(owner, 'sell_top_bar')).toEqual([
      {
        installation_id: installation.id,
        app_id: 'chat-for-sell',
        name: 'Chat for Sell',
        icon_url: '/apps/chat-for-sell/icon.svg',
        builtin: true,
        frame_url: null,
        status: 'active',
        settings: { sign_in_on_load: true },
      },
    ]);
    // Sell's top bar is for Sell users: an agent without a Sell seat does not get it.
    expect(await locationApps(agent, 'sell_top_bar')).toEqual([]);
    expect(await appEvents()).toEqual([{ type: 'app.installed', installationId: installation.id, appId: 'chat-for-sell', product: 'sell', actorId: expect.any(Number) }]);

    const again = await owner.post('/api/marketplace/installations', { app_id: 'chat-for-sell', subdomain: 'acme', settings: {} });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_installed');
  });

  it('checks the settings against the manifest, naming each field', async () => {
    const res = await owner.post('/api/marketplace/installations', { app_id: 'test-app', subdomain: 'acme', settings: { greeting: 5, colour: 'red' } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      { field: 'settings.colour', message: 'This app has no such setting.' },
      { field: 'settings.greeting', message: 'Expected a string.' },
      { field: 'settings.api_key', message: 'API key is required.' },
    ]);
    expect(await storedInstallations(t, 'acme')).toHaveLength(1);
    const unknownApp = await owner.post('/api/marketplace/installations', { app_id: 'no-such-app', subdomain: 'acme' });
    expect(unknownApp.statusCode).toBe(404);
  });
});

describe('installing an app with a sign-in step', () => {
  let installationId: number;

  it('waits for the sign-in, shown nowhere, and a cancelled sign-in can be started again', async () => {
    const res = await owner.post('/api/marketplace/installations', { app_id: 'test-app', subdomain: 'acme', settings: { api_key: 'sk-test-123456' } });
    expect(res.statusCode, res.body).toBe(200);
    const { installation, authorize_url } = res.json();
    await remember();
    expect(installation).toMatchObject({ status: 'needs_authorization', activated: false, settings: { greeting: 'Hello' }, secrets_set: ['api_key'] });
    const url = new URL(authorize_url, 'http://acme.localhost');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: expect.any(String),
      redirect_uri: 'http://acme.localhost/marketplace/oauth/callback',
      scope: 'read profile',
      state: expect.any(String),
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      code_challenge_method: 'S256',
    });
    expect((await owner.get('/api/marketplace/installations')).json().installations.map((i: { app_id: string }) => i.app_id)).toEqual(['chat-for-sell']);
    expect(await locationApps(owner, 'chat_sidebar')).toEqual([]);

    const { location } = await authorizeInBrowser(owner, authorize_url, 'cancel');
    expect(location).toBe('/chat/apps?app=test-app&sign_in=cancelled');
    expect((await storedInstallations(t, 'acme')).find((r) => r.app_id === 'test-app')).toMatchObject({ status: 'needs_authorization', activated_at: null, pending_state_hash: null });
    expect((await appEvents()).map((e) => e.type)).toEqual(['app.installed']);
  });

  it('after Authorize, keeps the tokens sealed, is active and shows at both its locations', async () => {
    installationId = (await installTestApp(owner, 'acme')).id;
    const { access, refresh } = await remember();
    expect(access).toBeTruthy();
    expect(refresh).toBeTruthy();
    const row = (await storedInstallations(t, 'acme')).find((r) => r.app_id === 'test-app')!;
    expect(JSON.stringify(row)).not.toContain(access!);
    expect(JSON.stringify(row)).not.toContain('sk-test-123456');
    expect(row).toMatchObject({ status: 'active', pending_verifier_sealed: null, pending_state_hash: null });

    // The token acts for the installer, with the app's scopes.
    const self = await callWithToken(t, 'acme.localhost', access!);
    expect(self.statusCode).toBe(200);
    expect(self.json().data.email).toBe('owner@acme.test');
    const leads = await callWithToken(t, 'acme.localhost', access!, '/v2/leads');
    expect(leads.statusCode).toBe(200);
    const write = await t.app.inject({ method: 'POST', url: '/v2/leads', headers: { host: 'acme.localhost', authorization: `Bearer ${access}`, 'content-type': 'application/json' }, payload: { data: { last_name: 'X' } } });
    expect(write.statusCode).toBe(403); // no write scope

    const hash = '#host=http%3A%2F%2Facme.localhost';
    const [sidebarApp] = await locationApps(agent, 'chat_sidebar');
    expect(sidebarApp).toMatchObject({ installation_id: installationId, builtin: false, frame_url: `/apps/test-app/panel.html${hash}`, status: 'active' });
    // Its settings come along for the host, never a secret's value.
    expect(sidebarApp.settings).toEqual({ greeting: 'Hello' });
    expect(JSON.stringify(sidebarApp)).not.toContain('sk-test-123456');
    expect(await locationApps(owner, 'sell_top_bar')).toHaveLength(2);
    expect((await appEvents()).map((e) => e.type)).toEqual(['app.installed', 'app.installed']);
  });

  it('registered one public OAuth client for the app and reuses it', async () => {
    const reconnect = await owner.post(`/api/marketplace/installations/${installationId}/authorize`);
    expect(reconnect.statusCode, reconnect.body).toBe(200);
    await remember();
    const clientId = new URL(reconnect.json().authorize_url, 'http://x').searchParams.get('client_id');
    const clients = await t.db.kysely.selectFrom('oauth_clients').selectAll().execute();
    expect(clients).toEqual([expect.objectContaining({ client_id: clientId, name: 'Test App', secret_hash: null, redirect_uris: JSON.stringify(['http://acme.localhost/marketplace/oauth/callback']) })]);
  });

  it('refuses a callback with an unknown state, or finished by another user', async () => {
    const bogus = await owner.get('/marketplace/oauth/callback?code=abc&state=not-a-state');
    expect(bogus.statusCode).toBe(400);
    expect(bogus.body).toContain('This sign-in link has expired');

    const reconnect = (await owner.post(`/api/marketplace/installations/${installationId}/authorize`)).json().authorize_url;
    await remember();
    const state = new URL(reconnect, 'http://x').searchParams.get('state')!;
    const other = await agent.get(`/marketplace/oauth/callback?code=abc&state=${encodeURIComponent(state)}`);
    expect(other.statusCode).toBe(403);
    expect(other.body).toContain('Sign in as the person who started this');
    // The installation keeps working meanwhile.
    expect((await storedInstallations(t, 'acme')).find((r) => r.app_id === 'test-app')!.status).toBe('active');
  });
});

describe('managing an installed app', () => {
  const testApp = async () => (await storedInstallations(t, 'acme')).find((r) => r.app_id === 'test-app')!;

  it('disabling hides it from its locations, enabling shows it again', async () => {
    const id = (await testApp()).id;
    const off = await owner.patch(`/api/marketplace/installations/${id}`, { enabled: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().installation.enabled).toBe(false);
    expect(await locationApps(agent, 'chat_sidebar')).toEqual([]);
    const refused = await owner.post(`/api/marketplace/installations/${id}/requests`, { method: 'GET', path: '/v2/users/self' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('app_not_available');

    expect((await owner.patch(`/api/marketplace/installations/${id}`, { enabled: true })).json().installation.enabled).toBe(true);
    expect(await locationApps(agent, 'chat_sidebar')).toEqual([expect.objectContaining({ installation_id: id })]);
    expect((await appEvents()).slice(-2).map((e) => e.type)).toEqual(['app.disabled', 'app.enabled']);
  });

  it('changes settings; a secret left out keeps its value and is never shown', async () => {
    const id = (await testApp()).id;
    const res = await owner.request('PUT', `/api/marketplace/installations/${id}/settings`, { settings: { greeting: 'Good morning' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().installation).toMatchObject({ settings: { greeting: 'Good morning' }, secrets_set: ['api_key'] });
    const changed = await owner.request('PUT', `/api/marketplace/installations/${id}/settings`, { settings: { greeting: 'Hi', api_key: 'sk-second-654321' } });
    expect(changed.statusCode).toBe(200);
    const stored = JSON.parse((await testApp()).settings);
    expect(t.app.marketplace.secrets.open(stored.api_key)).toBe('sk-second-654321');
    const cleared = await owner.request('PUT', `/api/marketplace/installations/${id}/settings`, { settings: { api_key: '' } });
    expect(cleared.statusCode).toBe(422);
    expect(cleared.json().error.fields).toEqual([{ field: 'settings.api_key', message: 'API key is required.' }]);
  });

  it('a revoked grant makes the app ask to be reconnected (O-9), and reconnecting works', async () => {
    const id = (await testApp()).id;
    const grants = (await owner.get('/api/oauth/grants')).json().grants;
    expect(grants).toHaveLength(1);
    expect((await owner.delete(`/api/oauth/grants/${grants[0].id}`)).statusCode).toBe(204);

    const res = await owner.post(`/api/marketplace/installations/${id}/requests`, { method: 'GET', path: '/v2/users/self' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'needs_authorization', details: { installation_id: id, app_id: 'test-app' } });
    expect(await testApp()).toMatchObject({ status: 'needs_authorization', access_token_sealed: null, refresh_token_sealed: null });
    // Still installed: the panel shows it with its state, so the host offers to reconnect.
    expect(await locationApps(agent, 'chat_sidebar')).toEqual([expect.objectContaining({ installation_id: id, status: 'needs_authorization' })]);

    const reconnect = await owner.post(`/api/marketplace/installations/${id}/authorize`);
    await remember();
    const { location } = await authorizeInBrowser(owner, reconnect.json().authorize_url);
    expect(location).toBe('/chat/apps?app=test-app&sign_in=done');
    await remember();
    const after = await owner.post(`/api/marketplace/installations/${id}/requests`, { method: 'GET', path: '/v2/users/self' });
    expect(after.json()).toMatchObject({ status: 200, body: { data: { email: 'owner@acme.test' } } });
    expect((await appEvents()).filter((e) => e.type === 'app.installed')).toHaveLength(2);
  });

  it('an expired access token is refreshed with the refresh token (rotated), once', async () => {
    const before = await remember();
    const id = (await testApp()).id;
    await marketplaceDb(t.db).updateTable('marketplace_installations').set({ token_expires_at: '2000-01-01T00:00:00.000Z' }).where('id', '=', id).execute();
    const calls = await Promise.all([1, 2, 3].map(() => owner.post(`/api/marketplace/installations/${id}/requests`, { method: 'GET', path: '/v2/users/self' })));
    for (const call of calls) expect(call.json(), call.body).toMatchObject({ status: 200 });
    const after = await remember();
    expect(after.access).not.toBe(before.access);
    expect(after.refresh).not.toBe(before.refresh);
    // Refreshed once: the grant survived (a rotated-out refresh token used twice would have revoked it).
    expect((await callWithToken(t, 'acme.localhost', after.access!)).statusCode).toBe(200);
    expect((await owner.get('/api/oauth/grants')).json().grants).toHaveLength(1);
  });

  it('uninstalling removes it and revokes its grant: the stored token fails with 401 at once', async () => {
    const row = await testApp();
    const { access } = await remember();
    expect((await callWithToken(t, 'acme.localhost', access!)).statusCode).toBe(200);
    const res = await owner.delete(`/api/marketplace/installations/${row.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect((await callWithToken(t, 'acme.localhost', access!)).statusCode).toBe(401);
    expect((await owner.get('/api/oauth/grants')).json().grants).toEqual([]);
    expect(await locationApps(agent, 'chat_sidebar')).toEqual([]);
    expect((await owner.get(`/api/marketplace/installations/${row.id}`)).statusCode).toBe(404);
    expect((await appEvents()).at(-1)).toMatchObject({ type: 'app.uninstalled', installationId: row.id, appId: 'test-app', product: 'chat' });
    // It may be installed again.
    await installTestApp(owner, 'acme');
    await remember();
  });
});

describe('tenant isolation', () => {
  it("another account's installation is a 404 for every marketplace route", async () => {
    await makeAccount(t, 'bravo');
    const bravo = await signedIn(t, 'bravo.localhost', 'owner@bravo.test');
    const id = (await storedInstallations(t, 'acme')).find((r) => r.app_id === 'test-app')!.id;
    for (const res of [
      await bravo.get(`/api/marketplace/installations/${id}`),
      await bravo.patch(`/api/marketplace/installations/${id}`, { enabled: false }),
      await bravo.request('PUT', `/api/marketplace/installations/${id}/settings`, { settings: { greeting: 'x' } }),
      await bravo.post(`/api/marketplace/installations/${id}/authorize`),
      await bravo.post(`/api/marketplace/installations/${id}/requests`, { method: 'GET', path: '/v2/users/self' }),
      await bravo.delete(`/api/marketplace/installations/${id}`),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
    }
    expect((await bravo.get('/api/marketplace/installations')).json().installations).toEqual([]);
    expect(await locationApps(bravo, 'chat_sidebar')).toEqual([]);
    expect((await bravo.get('/api/marketplace/apps/test-app')).json().installation).toBeNull();
    // A's session on B's host learns nothing either.
    const borrowed = new (owner.constructor as typeof RecordingClient)(t.app, 'bravo.localhost');
    borrowed.borrowSession(owner);
    expect((await borrowed.get('/api/marketplace/installations')).statusCode).toBe(404);
    expect((await storedInstallations(t, 'acme')).find((r) => r.id === id)).toMatchObject({ enabled: 1 });
  });
});

describe('secrets', () => {
  it('no response of these tests contained a token, a PKCE verifier or a secret setting', () => {
    expect(secrets.size).toBeGreaterThan(6);
    expect(seenBodies.length).toBeGreaterThan(50);
    for (const secret of secrets) {
      for (const body of seenBodies) expect(body.includes(secret), `a response contained ${secret.slice(0, 6)}…`).toBe(false);
    }
  });
});

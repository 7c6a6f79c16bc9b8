import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/platform/identity/create-user.ts';
import { makeAccount, PASSWORD, type TestApp } from '../support/test-app.ts';
import { startEchoServer } from './support/echo-server.ts';
import { installTestApp, seenBodies, signedIn, startMarketplaceApp, storedTokens, type RecordingClient } from './support/marketplace-world.ts';

const API_KEY = 'sk-proxy-secret-31337';
let t: TestApp;
let owner: RecordingClient;
let echo: Awaited<ReturnType<typeof startEchoServer>>;
let installationId: number;

beforeAll(async () => {
  echo = await startEchoServer();
  t = await startMarketplaceApp();
  const { account } = await makeAccount(t, 'acme');
  await createUser({ db: t.db, account, actor: null }, { name: 'Sam Support', email: 'sam@acme.test', password: PASSWORD, supportRole: 'agent' });
  await createUser({ db: t.db, account, actor: null }, { name: 'Rita Rep', email: 'rita@acme.test', password: PASSWORD, sellRole: 'user' });
  owner = await signedIn(t, 'acme.localhost', 'owner@acme.test');
  installationId = (await installTestApp(owner, 'acme', { api_key: API_KEY, greeting: 'Konnichiwa' })).id;
});
afterAll(async () => {
  await t.close();
  await echo.close();
});

const proxy = (client: RecordingClient, request: Record<string, unknown>) => client.post(`/api/marketplace/installations/${installationId}/requests`, request);

describe('request(): the Sell API', () => {
  it('adds the installation’s access token (acting for the installer) and passes query and status through', async () => {
    const self = await proxy(owner, { method: 'GET', path: '/v2/users/self', headers: { authorization: 'Bearer made-up' } });
    expect(self.statusCode, self.body).toBe(200);
    expect(self.json()).toMatchObject({ status: 200, body: { data: { email: 'owner@acme.test' }, meta: { type: 'user' } } });

    const leads = await proxy(owner, { method: 'GET', path: '/v2/leads', query: { per_page: 1 } });
    expect(leads.json()).toMatchObject({ status: 200, body: { items: [], meta: { type: 'collection' } } });
    // The app's scopes hold: read and profile, no write.
    const write = await proxy(owner, { method: 'POST', path: '/v2/leads', body: { data: { last_name: 'Tanaka' } } });
    expect(write.json()).toMatchObject({ status: 403 });
  });

  it('works for every user who meets the app at a location, and for no one else', async () => {
    const rita = await signedIn(t, 'acme.localhost', 'rita@acme.test'); // Sell user: sell_top_bar
    expect((await proxy(rita, { method: 'GET', path: '/v2/users/self' })).json()).toMatchObject({ status: 200, body: { data: { email: 'owner@acme.test' } } });
    const sam = await signedIn(t, 'acme.localhost', 'sam@acme.test'); // Support only: neither location
    const refused = await proxy(sam, { method: 'GET', path: '/v2/users/self' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Test App is not available to you.');
  });

  it('takes only /v2/ paths of this server', async () => {
    for (const path of ['/api/session', '/v2/../api/session', '/v2/%2e%2e/api/session', '//evil.example/v2/users', 'v2/users/self', '/v2/users/self?x=1', 'javascript:alert(1)']) {
      const res = await proxy(owner, { method: 'GET', path });
      expect(res.statusCode, path).toBe(422);
      expect(res.json().error.fields[0].field, path).toBe('path');
    }
  });
});

describe('request(): allowed URLs', () => {
  it('refuses any URL outside allowed_urls, sending nothing', async () => {
    const before = echo.received.length;
    for (const path of [
      `${echo.base}/outside`,
      `${echo.base}/echo`,
      `${echo.base}/echo/../outside`,
      `${echo.base}/echo/%2e%2e/outside`,
      `http://user:pw@${echo.base.slice(7)}/echo/`,
      'http://127.0.0.1:9/echo/',
      'https://127.0.0.1:45871/echo/',
      'http://127.0.0.1.nip.io:45871/echo/',
      'http://localhost:45871/echo/',
    ]) {
      const res = await proxy(owner, { method: 'GET', path });
      expect(res.statusCode, path).toBe(403);
      expect(res.json().error.code, path).toBe('url_not_allowed');
    }
    expect(echo.received.length).toBe(before);
  });

  it('fills in {{settings.NAME}} on the server; the secret reaches the API but never the browser', async () => {
    const res = await proxy(owner, {
      method: 'POST',
      path: `${echo.base}/echo/things`,
      query: { key: '{{settings.api_key}}', tags: ['a', 'b'] },
      headers: { 'x-api-key': '{{ settings.api_key }}', cookie: 'stolen=1', host: 'evil.example' },
      body: { greeting: '{{settings.greeting}}', nested: ['{{settings.api_key}}'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const sent = echo.received.at(-1)!;
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(`/echo/things?key=${API_KEY}&tags=a&tags=b`);
    expect(sent.headers['x-api-key']).toBe(API_KEY);
    expect(sent.headers.cookie).toBeUndefined();
    expect(sent.headers.host).toBe(echo.base.slice(7));
    expect(JSON.parse(sent.body)).toEqual({ greeting: 'Konnichiwa', nested: [API_KEY] });

    const { status, body } = res.json();
    expect(status).toBe(200);
    expect(body.headers['x-api-key']).toBe('[secret]');
    expect(body.url).toBe('/echo/things?key=[secret]&tags=a&tags=b');
    expect(JSON.parse(body.body)).toEqual({ greeting: 'Konnichiwa', nested: ['[secret]'] });
    expect(res.body).not.toContain(API_KEY);
  });

  it('refuses a placeholder for a setting the app does not have, and does not follow redirects', async () => {
    const unknown = await proxy(owner, { method: 'GET', path: `${echo.base}/echo/`, headers: { 'x-token': '{{settings.password}}' } });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual([{ field: 'headers.x-token', message: 'The setting "password" is not set for this app.' }]);

    const redirected = await proxy(owner, { method: 'GET', path: `${echo.base}/echo/redirect` });
    expect(redirected.json()).toEqual({ status: 302, body: null });
  });

  it('answers 502 when the URL cannot be reached', async () => {
    await echo.close();
    const res = await proxy(owner, { method: 'GET', path: `${echo.base}/echo/` });
    expect(res.statusCode).toBe(502);
    expect(res.json().error.code).toBe('app_request_failed');
    echo = await startEchoServer();
  });
});

describe('secrets', () => {
  it('no response contained the access or refresh token, or the secret setting', async () => {
    const { access, refresh } = await storedTokens(t, 'acme', 'test-app');
    expect(seenBodies.length).toBeGreaterThan(20);
    for (const secret of [access!, refresh!, API_KEY]) {
      for (const body of seenBodies) expect(body.includes(secret)).toBe(false);
    }
  });
});

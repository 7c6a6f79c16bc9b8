import { expect } from 'vitest';
import type { InjectOptions } from 'fastify';
import { findAccountBySubdomain } from '../../../src/platform/accounts/accounts.repo.ts';
import { marketplaceDb } from '../../../src/marketplace/marketplace-tables.ts';
import { startTestApp, TestClient, type TestApp } from '../../support/test-app.ts';

/** Every body the marketplace tests received, so one test can prove no token or secret was ever in one. */
export const seenBodies: string[] = [];

/** A TestClient that keeps each response body in `seenBodies`. */
export class RecordingClient extends TestClient {
  override async request(method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await super.request(method, url, body, headers);
    seenBodies.push(res.body, JSON.stringify(res.headers));
    return res;
  }
}

/** The server with the test app's folder in its catalog. */
export function startMarketplaceApp(env: Record<string, string> = {}): Promise<TestApp> {
  return startTestApp({ EXTRA_APP_DIRS: 'tests/fixtures/apps', ...env });
}

export async function signedIn(t: TestApp, host: string, email: string): Promise<RecordingClient> {
  const client = new RecordingClient(t.app, host);
  const res = await client.signIn(email);
  expect(res.statusCode, res.body).toBe(200);
  return client;
}

/**
 * Goes through the sign-in step as a browser would: the authorize URL → the Authorize application
 * dialog's "Authorize" (POST /api/oauth/authorization) → the callback. Answers where the callback sent
 * the browser.
 */
export async function authorizeInBrowser(client: TestClient, authorizeUrl: string, decision: 'authorize' | 'cancel' = 'authorize') {
  const url = new URL(authorizeUrl, 'http://placeholder');
  expect(url.pathname).toBe('/oauth2/authorize');
  const params = Object.fromEntries(url.searchParams);
  const decided = await client.post('/api/oauth/authorization', { ...params, decision });
  expect(decided.statusCode, decided.body).toBe(200);
  const redirect = new URL(decided.json().redirect_to);
  expect(`${redirect.origin}${redirect.pathname}`).toBe(`http://${client.host}/marketplace/oauth/callback`);
  const callback = await client.get(`${redirect.pathname}${redirect.search}`);
  return { callback, location: String(callback.headers.location ?? '') };
}

/** Installs the test app (it has a sign-in step) and authorizes it; answers the installation. */
export async function installTestApp(client: TestClient, subdomain: string, settings: Record<string, unknown> = { api_key: 'sk-test-123456' }) {
  const created = await client.post('/api/marketplace/installations', { app_id: 'test-app', subdomain, settings });
  expect(created.statusCode, created.body).toBe(200);
  const { installation, authorize_url } = created.json();
  const { callback, location } = await authorizeInBrowser(client, authorize_url);
  expect(callback.statusCode, callback.body).toBe(303);
  expect(location).toBe('/chat/apps?app=test-app&sign_in=done');
  return installation as { id: number; app_id: string };
}

/** The installation's rows as stored (for checks the API must never show). */
export async function storedInstallations(t: TestApp, subdomain: string) {
  const account = await findAccountBySubdomain(t.db.kysely, subdomain);
  return marketplaceDb(t.db).selectFrom('marketplace_installations').selectAll().where('account_id', '=', account!.id).orderBy('id').execute();
}

/** The installation's tokens in plain text, opened with the instance key. */
export async function storedTokens(t: TestApp, subdomain: string, appId: string) {
  const row = (await storedInstallations(t, subdomain)).find((r) => r.app_id === appId);
  const open = (sealed: string | null | undefined) => (sealed ? t.app.marketplace.secrets.open(sealed) : null);
  return { access: open(row?.access_token_sealed), refresh: open(row?.refresh_token_sealed) };
}

/** Calls the Sell API as an outside client with a bearer token. */
export function callWithToken(t: TestApp, host: string, token: string, url = '/v2/users/self') {
  return t.app.inject({ method: 'GET', url, headers: { host, authorization: `Bearer ${token}`, accept: 'application/json' } });
}

import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { decodeSecretsKey, secretBox } from '../../../src/platform/secret-box/secret-box.ts';

/** A signed-in session for HTTP calls a journey does not need to click through. */
export async function sessionCookie(base: string, email: string, password: string) {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrfToken };
}

/**
 * Installs an app the way the install page does and authorizes it the way the Authorize
 * application dialog does, then follows the callback; for journeys that test something else.
 */
export async function installWithSignIn(base: string, session: { cookie: string; csrfToken: string }, appId: string, settings: Record<string, unknown>) {
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  const install = await fetch(`${base}/api/marketplace/installations`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ app_id: appId, subdomain: 'northwind', settings }),
  });
  expect(install.status, await install.clone().text()).toBe(200);
  const { authorize_url: authorizeUrl } = (await install.json()) as { authorize_url: string };
  const query = Object.fromEntries(new URL(authorizeUrl, base).searchParams);
  const decision = await fetch(`${base}/api/oauth/authorization`, { method: 'POST', headers, body: JSON.stringify({ ...query, decision: 'authorize' }) });
  expect(decision.status, await decision.clone().text()).toBe(200);
  const { redirect_to: callback } = (await decision.json()) as { redirect_to: string };
  const landed = await fetch(callback, { headers: { cookie: session.cookie }, redirect: 'manual' });
  expect(landed.headers.get('location')).toContain('sign_in=done');
}

/**
 * The installation's OAuth access token, which only the server has: opened from its sealed column
 * with the instance key the test gave the server (SECRETS_KEY). Never shown to any browser.
 */
export function readAccessToken(dataDir: string, secretsKey: string, appId: string): string | null {
  const db = new Database(path.join(dataDir, 'tandem.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT access_token_sealed FROM marketplace_installations WHERE app_id = ?').get(appId) as { access_token_sealed: string | null } | undefined;
    return row?.access_token_sealed ? secretBox(decodeSecretsKey(secretsKey)).open(row.access_token_sealed) : null;
  } finally {
    db.close();
  }
}

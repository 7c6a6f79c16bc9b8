import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerOAuthClient, revokeGrantsOfClient } from '../../src/platform/oauth/index.ts';
import { makeAccount, PASSWORD, startTestApp, TestClient, type TestApp } from '../support/test-app.ts';

const REDIRECT_URI = 'https://app.example.test/callback';

let t: TestApp;
let accountId: number;
let owner: TestClient;
beforeEach(async () => {
  t = await startTestApp();
  accountId = (await makeAccount(t, 'acme')).account.id;
  owner = new TestClient(t.app, 'acme.localhost');
  await owner.signIn('owner@acme.test');
});
afterEach(() => t.close());

async function registerApp(name: string) {
  return registerOAuthClient(t.db.kysely, accountId, { name, redirectUris: [REDIRECT_URI] });
}

/** A confidential client (no PKCE needed) authorized by `user` with `scope`: answers its token pair. */
async function authorizeAndRedeem(user: TestClient, app: Awaited<ReturnType<typeof registerApp>>, scope: string) {
  const decided = await user.post('/api/oauth/authorization', {
    response_type: 'code',
    client_id: app.client.clientId,
    redirect_uri: REDIRECT_URI,
    scope,
    decision: 'authorize',
  });
  expect(decided.statusCode).toBe(200);
  const code = new URL(decided.json().redirect_to).searchParams.get('code')!;
  const token = await t.app.inject({
    method: 'POST',
    url: '/oauth2/token',
    headers: { host: 'acme.localhost', 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: app.client.clientId, client_secret: app.secret! }).toString(),
  });
  expect(token.statusCode).toBe(200);
  return token.json() as { access_token: string; refresh_token: string };
}

const usersSelf = (accessToken: string) =>
  t.app.inject({ method: 'GET', url: '/v2/users/self', headers: { host: 'acme.localhost', authorization: `Bearer ${accessToken}` } });

describe('authorized apps (Sell settings)', () => {
  it('lists each app once with its scopes, widened when authorized again, and when it was last used', async () => {
    const app = await registerApp('Pipeline Pal');
    const first = await authorizeAndRedeem(owner, app, 'read');
    await authorizeAndRedeem(owner, app, 'profile');
    expect((await usersSelf(first.access_token)).statusCode).toBe(403);

    const grants = (await owner.get('/api/oauth/grants')).json().grants;
    expect(grants).toEqual([{ id: expect.any(Number), appName: 'Pipeline Pal', scopes: ['read', 'profile'], createdAt: expect.any(String), lastUsedAt: expect.any(String) }]);
  });

  it('revoking kills the app’s access and refresh tokens at once, and only the owner of a grant may', async () => {
    await owner.post('/api/users', { name: 'Rita Rep', email: 'rita@acme.test', password: PASSWORD, sellRole: 'user' });
    const rita = new TestClient(t.app, 'acme.localhost');
    await rita.signIn('rita@acme.test');
    const app = await registerApp('Pipeline Pal');
    const ritas = await authorizeAndRedeem(rita, app, 'read profile');
    const owners = await authorizeAndRedeem(owner, app, 'read profile');
    expect((await usersSelf(ritas.access_token)).json().data.email).toBe('rita@acme.test');

    const ritaGrant = (await rita.get('/api/oauth/grants')).json().grants[0];
    expect((await owner.delete(`/api/oauth/grants/${ritaGrant.id}`)).statusCode).toBe(404);
    expect((await owner.get('/api/oauth/grants')).json().grants).toHaveLength(1);

    expect((await rita.delete(`/api/oauth/grants/${ritaGrant.id}`)).statusCode).toBe(204);
    expect((await usersSelf(ritas.access_token)).statusCode).toBe(401);
    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/oauth2/token',
      headers: { host: 'acme.localhost', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: ritas.refresh_token, client_id: app.client.clientId, client_secret: app.secret! }).toString(),
    });
    expect(refreshed.json()).toMatchObject({ error: 'invalid_grant' });
    expect((await rita.get('/api/oauth/grants')).json().grants).toEqual([]);
    expect((await usersSelf(owners.access_token)).statusCode).toBe(200);
    expect((await rita.delete(`/api/oauth/grants/${ritaGrant.id}`)).statusCode).toBe(404);
  });

  it('revokeGrantsOfClient (an app uninstalled) ends every user’s grant to that client and no other', async () => {
    const app = await registerApp('Pipeline Pal');
    const other = await registerApp('Other App');
    const tokens = await authorizeAndRedeem(owner, app, 'profile');
    const kept = await authorizeAndRedeem(owner, other, 'profile');
    expect((await usersSelf(tokens.access_token)).statusCode).toBe(200);

    expect(await revokeGrantsOfClient(t.db.kysely, accountId, app.client.clientId)).toBe(1);
    expect((await usersSelf(tokens.access_token)).statusCode).toBe(401);
    expect((await usersSelf(kept.access_token)).statusCode).toBe(200);
    expect((await owner.get('/api/oauth/grants')).json().grants.map((g: { appName: string }) => g.appName)).toEqual(['Other App']);
    const events = await t.db.kysely.selectFrom('outbox').select(['type', 'payload']).where('type', 'like', 'oauth.%').orderBy('id').execute();
    expect(events.map((e) => [e.type, JSON.parse(e.payload).reason])).toEqual([
      ['oauth.grant_created', undefined],
      ['oauth.grant_created', undefined],
      ['oauth.grant_revoked', 'client'],
    ]);
  });

  it('registers clients only with exact, fragment-free redirect URIs', async () => {
    await expect(registerOAuthClient(t.db.kysely, accountId, { name: 'X', redirectUris: ['https://app.example.test/cb#frag'] })).rejects.toThrow();
    await expect(registerOAuthClient(t.db.kysely, accountId, { name: 'X', redirectUris: ['javascript:alert(1)'] })).rejects.toThrow();
    await expect(registerOAuthClient(t.db.kysely, accountId, { name: 'X', redirectUris: [] })).rejects.toThrow();
    const native = await registerOAuthClient(t.db.kysely, accountId, { name: 'Phone', redirectUris: ['com.example.phone:/callback'], public: true });
    expect(native).toMatchObject({ secret: null, client: { isPublic: true, redirectUris: ['com.example.phone:/callback'] } });
  });
});

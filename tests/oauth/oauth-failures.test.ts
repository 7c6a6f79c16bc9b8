import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopbackFetch } from './support/loopback-fetch.ts';
import { httpOptions, REDIRECT_URI, startOAuthWorld, type OAuthWorld, type RegisteredClient } from './support/oauth-world.ts';

let w: OAuthWorld;
let as: oauth.AuthorizationServer;
beforeAll(async () => {
  w = await startOAuthWorld();
  as = await w.discover('acme');
});
afterAll(() => w.close());

/** Authorizes in the dialog and answers the code, the verifier and the callback parameters. */
async function codeFor(registered: RegisteredClient, extra: Record<string, string> = {}) {
  const { params, verifier, state } = await w.pkceRequest(registered.client, extra);
  const { redirectTo } = await w.authorize(w.owner.acme, params);
  const callback = oauth.validateAuthResponse(as, registered.client, redirectTo!, state);
  return { callback, verifier, code: callback.get('code')! };
}

async function redeem(registered: RegisteredClient, callback: URLSearchParams, verifier: string, redirectUri = REDIRECT_URI, server = as) {
  const response = await oauth.authorizationCodeGrantRequest(server, registered.client, registered.auth, callback, redirectUri, verifier, httpOptions);
  return oauth.processAuthorizationCodeResponse(server, registered.client, response);
}

/** A token request with hand-made parameters (for what a standard client would refuse to send). */
async function rawToken(subdomain: 'acme' | 'other', params: Record<string, string>) {
  const response = await loopbackFetch(`${w.origin(subdomain)}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, body: (await response.json()) as { error: string; error_description: string } };
}

describe('OAuth failures, each with its RFC error code', () => {
  it('a redirect URI that is not registered exactly is shown in the dialog, never redirected to', async () => {
    const registered = await w.register('acme');
    for (const redirect_uri of ['https://evil.example.test/callback', `${REDIRECT_URI}/`, `${REDIRECT_URI}?x=1`]) {
      const { params } = await w.pkceRequest(registered.client, { redirect_uri });
      const { described, decided } = await w.authorize(w.owner.acme, params);
      expect(described.statusCode, redirect_uri).toBe(400);
      expect(described.json().error.code).toBe('invalid_redirect_uri');
      expect(decided.statusCode).toBe(400);
      expect(decided.body).not.toContain('evil.example.test');
    }
    const codes = await w.t.db.kysely.selectFrom('oauth_codes').select('id').execute();
    expect(codes).toEqual([]);
  });

  it('a redirect URI at the token endpoint other than the code’s → invalid_grant', async () => {
    const other = 'https://app.example.test/other-callback';
    const registered = await w.register('acme', { redirectUris: [REDIRECT_URI, other] });
    const { callback, verifier } = await codeFor(registered);
    await expect(redeem(registered, callback, verifier, other)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('a missing PKCE verifier → invalid_grant', async () => {
    const registered = await w.register('acme');
    const { code } = await codeFor(registered);
    const answer = await rawToken('acme', { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: registered.client.client_id, client_secret: registered.secret! });
    expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('a wrong PKCE verifier → invalid_grant, and the code is spent', async () => {
    const registered = await w.register('acme');
    const { callback, verifier } = await codeFor(registered);
    await expect(redeem(registered, callback, oauth.generateRandomCodeVerifier())).rejects.toMatchObject({ error: 'invalid_grant' });
    await expect(redeem(registered, callback, verifier)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('a public client must use PKCE: without it the app hears invalid_request', async () => {
    const registered = await w.register('acme', { public: true });
    const { params, state } = await w.pkceRequest(registered.client);
    const { code_challenge: _c, code_challenge_method: _m, ...withoutPkce } = params;
    const { described, redirectTo } = await w.authorize(w.owner.acme, withoutPkce);
    expect(described.json().redirect_to).toEqual(expect.stringContaining('error=invalid_request'));
    expect(redirectTo!.searchParams.get('error')).toBe('invalid_request');
    expect(redirectTo!.searchParams.get('state')).toBe(state);
  });

  it('a reused code → invalid_grant, and the tokens the first use issued are revoked', async () => {
    const registered = await w.register('acme');
    const { callback, verifier } = await codeFor(registered);
    const first = await redeem(registered, callback, verifier);
    expect((await w.usersSelf('acme', first.access_token)).status).toBe(200);
    await expect(redeem(registered, callback, verifier)).rejects.toMatchObject({ error: 'invalid_grant' });
    expect((await w.usersSelf('acme', first.access_token)).status).toBe(401);
    const refresh = await oauth.refreshTokenGrantRequest(as, registered.client, registered.auth, first.refresh_token!, httpOptions);
    await expect(oauth.processRefreshTokenResponse(as, registered.client, refresh)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('an expired code (older than 60 seconds) → invalid_grant', async () => {
    const registered = await w.register('acme');
    const { callback, verifier } = await codeFor(registered);
    const row = await w.t.db.kysely.selectFrom('oauth_codes').select(['id', 'created_at', 'expires_at']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    const lifetime = Date.parse(row.expires_at) - Date.parse(row.created_at);
    expect(lifetime).toBeGreaterThan(58_000);
    expect(lifetime).toBeLessThanOrEqual(60_000);
    await w.t.db.kysely.updateTable('oauth_codes').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', row.id).execute();
    await expect(redeem(registered, callback, verifier)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('a revoked grant’s token gets 401 from /v2/users/self at once', async () => {
    const registered = await w.register('acme');
    const { callback, verifier } = await codeFor(registered);
    const tokens = await redeem(registered, callback, verifier);
    expect((await w.usersSelf('acme', tokens.access_token)).status).toBe(200);
    const grants = (await w.owner.acme.get('/api/oauth/grants')).json().grants as { id: number }[];
    for (const grant of grants) expect((await w.owner.acme.delete(`/api/oauth/grants/${grant.id}`)).statusCode).toBe(204);
    expect((await w.usersSelf('acme', tokens.access_token)).status).toBe(401);
  });

  it('a wrong client secret → invalid_client (400 in the body, 401 with a challenge over Basic)', async () => {
    const registered = await w.register('acme');
    const { callback, verifier } = await codeFor(registered);
    const wrongPost = { ...registered, auth: oauth.ClientSecretPost('wrong-secret') };
    await expect(redeem(wrongPost, callback, verifier)).rejects.toMatchObject({ error: 'invalid_client', status: 400 });

    const again = await codeFor(registered);
    const wrongBasic = { ...registered, auth: oauth.ClientSecretBasic('wrong-secret') };
    const error = await redeem(wrongBasic, again.callback, again.verifier).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(oauth.WWWAuthenticateChallengeError);
    const response = (error as oauth.WWWAuthenticateChallengeError).response;
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });

    // A confidential client cannot drop its secret and lean on PKCE alone.
    const third = await codeFor(registered);
    await expect(redeem({ ...registered, auth: oauth.None() }, third.callback, third.verifier)).rejects.toMatchObject({ error: 'invalid_client' });
  });

  it('a token of account A is useless on account B (401)', async () => {
    const registered = await w.register('acme');
    const { callback, verifier } = await codeFor(registered);
    const tokens = await redeem(registered, callback, verifier);
    expect((await w.usersSelf('acme', tokens.access_token)).status).toBe(200);
    expect((await w.usersSelf('other', tokens.access_token)).status).toBe(401);
  });

  it('a client of account A does not exist on account B: shown in the dialog, invalid_client at the token endpoint', async () => {
    const registered = await w.register('acme');
    const { params } = await w.pkceRequest(registered.client);
    const onB = await w.authorize(w.owner.other, params);
    expect(onB.described.statusCode).toBe(400);
    expect(onB.described.json().error.code).toBe('invalid_client');
    expect(onB.decided.statusCode).toBe(400);

    const { callback, verifier } = await codeFor(registered);
    const asB = await w.discover('other');
    await expect(redeem(registered, callback, verifier, REDIRECT_URI, asB)).rejects.toMatchObject({ error: 'invalid_client' });
    // The code itself still works where it belongs.
    expect((await redeem(registered, callback, verifier)).access_token).toEqual(expect.any(String));
  });

  it('Cancel sends the browser back with error=access_denied and the state', async () => {
    const registered = await w.register('acme');
    const { params, state } = await w.pkceRequest(registered.client);
    const { redirectTo } = await w.authorize(w.owner.acme, params, 'cancel');
    expect(redirectTo!.searchParams.get('error')).toBe('access_denied');
    expect(redirectTo!.searchParams.get('state')).toBe(state);
    expect(redirectTo!.searchParams.get('code')).toBeNull();
    expect(() => oauth.validateAuthResponse(as, registered.client, redirectTo!, state)).toThrow(oauth.AuthorizationResponseError);
  });

  it('an unknown scope and an unsupported response type go back to the app', async () => {
    const registered = await w.register('acme');
    const badScope = await w.authorize(w.owner.acme, (await w.pkceRequest(registered.client, { scope: 'read admin' })).params);
    expect(badScope.redirectTo!.searchParams.get('error')).toBe('invalid_scope');
    const implicit = await w.authorize(w.owner.acme, (await w.pkceRequest(registered.client, { response_type: 'token' })).params);
    expect(implicit.redirectTo!.searchParams.get('error')).toBe('unsupported_response_type');
  });

  it('the dialog API needs a session, and its POST the CSRF token', async () => {
    const registered = await w.register('acme');
    const { params } = await w.pkceRequest(registered.client);
    const anonymous = await w.t.app.inject({ method: 'GET', url: `/api/oauth/authorization?${new URLSearchParams(params)}`, headers: { host: 'acme.localhost' } });
    expect(anonymous.statusCode).toBe(401);
    const noCsrf = await w.owner.acme.request('POST', '/api/oauth/authorization', { ...params, decision: 'authorize' }, { 'x-csrf-token': 'forged' });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_failed');
  });

  it('the token endpoint answers unsupported grants and bad bodies in RFC 6749 form', async () => {
    const registered = await w.register('acme');
    const password = await rawToken('acme', { grant_type: 'password', username: 'x', password: 'y', client_id: registered.client.client_id, client_secret: registered.secret! });
    expect(password).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
    const json = await loopbackFetch(`${w.origin('acme')}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"grant_type":' });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request', error_description: expect.any(String) });
    const twice = await loopbackFetch(`${w.origin('acme')}/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=authorization_code&code=a&code=b',
    });
    expect(await twice.json()).toMatchObject({ error: 'invalid_request' });
  });
});

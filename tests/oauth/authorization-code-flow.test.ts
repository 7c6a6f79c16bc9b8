import * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpOptions, REDIRECT_URI, startOAuthWorld, type OAuthWorld, type RegisteredClient } from './support/oauth-world.ts';

let w: OAuthWorld;
let as: oauth.AuthorizationServer;
beforeAll(async () => {
  w = await startOAuthWorld();
  as = await w.discover('acme');
});
afterAll(() => w.close());

/** The whole code flow with PKCE as a standard client runs it, up to the first token pair. */
async function signInWith(registered: RegisteredClient, scope = 'read profile') {
  const { params, verifier, state } = await w.pkceRequest(registered.client, { scope });
  const { redirectTo } = await w.authorize(w.owner.acme, params);
  const callback = oauth.validateAuthResponse(as, registered.client, redirectTo!, state);
  const response = await oauth.authorizationCodeGrantRequest(as, registered.client, registered.auth, callback, REDIRECT_URI, verifier, httpOptions);
  return oauth.processAuthorizationCodeResponse(as, registered.client, response);
}

async function refresh(registered: RegisteredClient, refreshToken: string) {
  const response = await oauth.refreshTokenGrantRequest(as, registered.client, registered.auth, refreshToken, httpOptions);
  return oauth.processRefreshTokenResponse(as, registered.client, response);
}

describe('OAuth 2.0 authorization code flow with PKCE, driven by oauth4webapi', () => {
  it('publishes RFC 8414 metadata for the account it is asked on', () => {
    const origin = w.origin('acme');
    expect(as).toMatchObject({
      issuer: origin,
      authorization_endpoint: `${origin}/oauth2/authorize`,
      token_endpoint: `${origin}/oauth2/token`,
      revocation_endpoint: `${origin}/oauth2/revoke`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['read', 'write', 'profile', 'sync'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    });
  });

  it('shows the dialog, issues a code with the state, and the token reads /v2/users/self', async () => {
    const registered = await w.register('acme');
    const { params, verifier, state } = await w.pkceRequest(registered.client);
    const { described, redirectTo } = await w.authorize(w.owner.acme, params);
    expect(described.statusCode).toBe(200);
    expect(described.json()).toEqual({
      client: { name: 'Pipeline Pal' },
      account: { name: 'acme Inc.', subdomain: 'acme' },
      user: { name: 'acme Owner', email: 'owner@acme.test' },
      scopes: ['read', 'profile'],
    });
    expect(`${redirectTo!.origin}${redirectTo!.pathname}`).toBe(REDIRECT_URI);
    expect(redirectTo!.searchParams.get('state')).toBe(state);

    const callback = oauth.validateAuthResponse(as, registered.client, redirectTo!, state);
    const response = await oauth.authorizationCodeGrantRequest(as, registered.client, registered.auth, callback, REDIRECT_URI, verifier, httpOptions);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const tokens = await oauth.processAuthorizationCodeResponse(as, registered.client, response);
    expect(tokens).toMatchObject({ token_type: 'bearer', scope: 'read profile' });
    expect(tokens.expires_in).toBeGreaterThan(3590);
    expect(tokens.expires_in).toBeLessThanOrEqual(3600);
    expect(tokens.access_token).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens.refresh_token).toEqual(expect.any(String));

    const self = await w.usersSelf('acme', tokens.access_token);
    expect(self.status).toBe(200);
    expect(((await self.json()) as { data: unknown }).data).toMatchObject({ email: 'owner@acme.test', name: 'acme Owner' });
  });

  it('stores codes and tokens only as hashes', async () => {
    const tokens = await signInWith(await w.register('acme'));
    const dump = JSON.stringify([
      await w.t.db.kysely.selectFrom('access_tokens').selectAll().execute(),
      await w.t.db.kysely.selectFrom('oauth_refresh_tokens').selectAll().execute(),
      await w.t.db.kysely.selectFrom('oauth_clients').selectAll().execute(),
    ]);
    expect(dump).not.toContain(tokens.access_token);
    expect(dump).not.toContain(tokens.refresh_token!);
  });

  it('rotates refresh tokens; a rotated-out one used again ends the whole grant', async () => {
    const registered = await w.register('acme');
    const first = await signInWith(registered);
    const second = await refresh(registered, first.refresh_token!);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(second.scope).toBe('read profile');
    expect((await w.usersSelf('acme', second.access_token)).status).toBe(200);
    const third = await refresh(registered, second.refresh_token!);

    const reuse = refresh(registered, first.refresh_token!);
    await expect(reuse).rejects.toMatchObject({ error: 'invalid_grant' });
    expect((await w.usersSelf('acme', third.access_token)).status).toBe(401);
    await expect(refresh(registered, third.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('serves a public client (no secret) that uses PKCE, under /oauth/ as well', async () => {
    const registered = await w.register('acme', { public: true });
    expect(registered.secret).toBeNull();
    const legacyPaths = { ...as, token_endpoint: `${w.origin('acme')}/oauth/token` };
    const { params, verifier, state } = await w.pkceRequest(registered.client);
    const { redirectTo } = await w.authorize(w.owner.acme, params);
    const callback = oauth.validateAuthResponse(legacyPaths, registered.client, redirectTo!, state);
    const response = await oauth.authorizationCodeGrantRequest(legacyPaths, registered.client, registered.auth, callback, REDIRECT_URI, verifier, httpOptions);
    const tokens = await oauth.processAuthorizationCodeResponse(legacyPaths, registered.client, response);
    expect((await w.usersSelf('acme', tokens.access_token)).status).toBe(200);
  });

  it('authenticates confidential clients with client_secret_basic too', async () => {
    const registered = await w.register('acme');
    const tokens = await signInWith({ ...registered, auth: oauth.ClientSecretBasic(registered.secret!) });
    expect((await w.usersSelf('acme', tokens.access_token)).status).toBe(200);
  });

  it('limits the token to its scopes: without profile, /v2/users/self is refused', async () => {
    const tokens = await signInWith(await w.register('acme'), 'read');
    const self = await w.usersSelf('acme', tokens.access_token);
    expect(self.status).toBe(403);
    expect(JSON.stringify(await self.json())).toContain('profile');
  });

  it('revokes tokens (RFC 7009): an access token alone, a refresh token with its access tokens', async () => {
    const registered = await w.register('acme');
    const one = await signInWith(registered);
    expect((await w.usersSelf('acme', one.access_token)).status).toBe(200);
    const revokeAccess = await oauth.revocationRequest(as, registered.client, registered.auth, one.access_token, httpOptions);
    await oauth.processRevocationResponse(revokeAccess);
    expect((await w.usersSelf('acme', one.access_token)).status).toBe(401);
    expect((await refresh(registered, one.refresh_token!)).access_token).toEqual(expect.any(String));

    const two = await signInWith(registered);
    expect((await w.usersSelf('acme', two.access_token)).status).toBe(200);
    await oauth.processRevocationResponse(await oauth.revocationRequest(as, registered.client, registered.auth, two.refresh_token!, httpOptions));
    expect((await w.usersSelf('acme', two.access_token)).status).toBe(401);
    await expect(refresh(registered, two.refresh_token!)).rejects.toMatchObject({ error: 'invalid_grant' });

    // An unknown token is answered 200 and changes nothing (§2.2).
    await oauth.processRevocationResponse(await oauth.revocationRequest(as, registered.client, registered.auth, 'not-a-token', httpOptions));
  });
});

import type { AddressInfo } from 'node:net';
import * as oauth from 'oauth4webapi';
import { registerOAuthClient } from '../../../src/platform/oauth/index.ts';
import { makeAccount, startTestApp, TestClient, type TestApp } from '../../support/test-app.ts';
import { loopbackFetch } from './loopback-fetch.ts';

export const REDIRECT_URI = 'https://app.example.test/callback';

/** oauth4webapi's options for a test server over plain HTTP on loopback. */
export const httpOptions = { [oauth.customFetch]: loopbackFetch, [oauth.allowInsecureRequests]: true } as const;

export type RegisteredClient = { client: oauth.Client; auth: oauth.ClientAuth; secret: string | null };

/**
 * A listening test server with two accounts (acme, other), each with its owner signed in, and a
 * standard OAuth client (oauth4webapi) that discovers the server from its metadata.
 */
export async function startOAuthWorld() {
  const t: TestApp = await startTestApp();
  const accounts = { acme: (await makeAccount(t, 'acme')).account, other: (await makeAccount(t, 'other')).account };
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (t.app.server.address() as AddressInfo).port;
  const origin = (subdomain: keyof typeof accounts) => `http://${subdomain}.localhost:${port}`;

  const owner = { acme: new TestClient(t.app, 'acme.localhost'), other: new TestClient(t.app, 'other.localhost') };
  await owner.acme.signIn('owner@acme.test');
  await owner.other.signIn('owner@other.test');

  async function discover(subdomain: keyof typeof accounts): Promise<oauth.AuthorizationServer> {
    const issuer = new URL(origin(subdomain));
    return oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...httpOptions }));
  }

  async function register(subdomain: keyof typeof accounts, options: { public?: boolean; redirectUris?: string[] } = {}): Promise<RegisteredClient> {
    const { client, secret } = await registerOAuthClient(t.db.kysely, accounts[subdomain].id, {
      name: 'Pipeline Pal',
      redirectUris: options.redirectUris ?? [REDIRECT_URI],
      public: options.public ?? false,
    });
    return { client: { client_id: client.clientId }, auth: secret ? oauth.ClientSecretPost(secret) : oauth.None(), secret };
  }

  /** The dialog's two calls, as the web page makes them: describe the request, then answer it. */
  async function authorize(user: TestClient, params: Record<string, string>, decision: 'authorize' | 'cancel' = 'authorize') {
    const described = await user.get(`/api/oauth/authorization?${new URLSearchParams(params)}`);
    const decided = await user.post('/api/oauth/authorization', { ...params, decision });
    return { described, decided, redirectTo: decided.statusCode === 200 ? new URL(decided.json().redirect_to) : null };
  }

  /** A PKCE authorization request (S256) for the client: its query and the verifier kept back. */
  async function pkceRequest(client: oauth.Client, extra: Record<string, string> = {}) {
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const params = {
      response_type: 'code',
      client_id: client.client_id,
      redirect_uri: REDIRECT_URI,
      scope: 'read profile',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      ...extra,
    };
    return { params, verifier, state };
  }

  /** GET /v2/users/self with a bearer token over the socket. */
  async function usersSelf(subdomain: keyof typeof accounts, accessToken: string) {
    return loopbackFetch(`${origin(subdomain)}/v2/users/self`, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } });
  }

  return { t, accounts, origin, owner, discover, register, authorize, pkceRequest, usersSelf, close: () => t.close() };
}

export type OAuthWorld = Awaited<ReturnType<typeof startOAuthWorld>>;

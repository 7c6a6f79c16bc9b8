import { z } from 'zod';
import type { Executor } from '../db/transaction.ts';
import { AppError } from '../http/app-error.ts';
import type { Scope } from '../tokens/scopes.ts';
import { findOAuthClientRow, type OAuthClientRow } from './oauth-clients.repo.ts';
import { requestedScopes, splitScope } from './oauth-scopes.ts';

/** The authorization request's parameters (RFC 6749 §4.1.1, RFC 7636 §4.3), as the dialog passes them on. */
export const authorizationParamsSchema = z.object({
  response_type: z.string().optional(),
  client_id: z.string().optional(),
  redirect_uri: z.string().optional(),
  scope: z.string().optional(),
  state: z.string().optional(),
  code_challenge: z.string().optional(),
  code_challenge_method: z.string().optional(),
});

export type AuthorizationParams = z.infer<typeof authorizationParamsSchema>;

export type CheckedAuthorization =
  | { ok: true; client: OAuthClientRow; redirectUri: string; scopes: Scope[] }
  /** A bad request from a known client to a registered address: the answer goes back there. */
  | { ok: false; redirectTo: string };

const VSCHAR = /^[\x20-\x7e]+$/;
const PKCE_CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;

/** An error the dialog shows: until the client and its redirect URI are known good, nothing goes back. */
const shown = (code: string, message: string) => new AppError(400, code, message);

/** The redirect URI with an RFC 6749 §4.1.2.1 error (and the client's state) added to its query. */
export function errorRedirect(redirectUri: string, error: string, description: string, state: string | undefined): string {
  const url = new URL(redirectUri);
  url.searchParams.set('error', error);
  url.searchParams.set('error_description', description);
  if (state) url.searchParams.set('state', state);
  return url.toString();
}

/**
 * Checks an authorization request in this account. Without a known client and an exactly registered
 * redirect URI it throws an error for the page to show; any other problem is answered to the client.
 */
export async function checkAuthorizationRequest(db: Executor, accountId: number, params: AuthorizationParams): Promise<CheckedAuthorization> {
  if (!params.client_id) throw shown('invalid_request', 'This link does not say which application is asking: client_id is missing.');
  const client = await findOAuthClientRow(db, accountId, params.client_id);
  if (!client) {
    throw shown('invalid_client', 'No application with this client_id is registered in this account. Ask the application’s developer for a working link.');
  }
  if (!params.redirect_uri) throw shown('invalid_request', 'This link does not say where to return: redirect_uri is missing.');
  const redirectUri = params.redirect_uri;
  if (!(JSON.parse(client.redirect_uris) as string[]).includes(redirectUri)) {
    throw shown('invalid_redirect_uri', `${client.name} asked to send you to an address it has not registered, so Tandem stopped here. Ask the application’s developer to fix its redirect URI.`);
  }

  const back = (error: string, description: string): CheckedAuthorization => ({ ok: false, redirectTo: errorRedirect(redirectUri, error, description, params.state) });
  if (params.state !== undefined && params.state !== '' && !VSCHAR.test(params.state)) return back('invalid_request', 'Invalid parameter: `state`');
  if (!params.response_type) return back('invalid_request', 'Missing parameter: `response_type`');
  if (params.response_type !== 'code') return back('unsupported_response_type', 'Only response_type=code is supported');
  const scopes = requestedScopes(splitScope(params.scope));
  if (!scopes) return back('invalid_scope', 'Invalid scope: the scopes are read, write, profile and sync');
  if (params.code_challenge !== undefined) {
    if (params.code_challenge_method !== 'S256') return back('invalid_request', 'Invalid request: code_challenge_method must be S256');
    if (!PKCE_CHALLENGE.test(params.code_challenge)) return back('invalid_request', 'Invalid parameter: `code_challenge`');
  } else if (client.secret_hash === null) {
    return back('invalid_request', 'Invalid request: this is a public client, so PKCE (code_challenge with S256) is required');
  }
  return { ok: true, client, redirectUri, scopes };
}

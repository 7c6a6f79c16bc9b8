import { hashToken, newToken } from '../../platform/secrets.ts';
import type { CatalogApp } from '../catalog/load-catalog.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import type { MarketplaceTables } from '../marketplace-tables.ts';
import { ensureAppClient } from './app-oauth-client.ts';
import { newPkcePair } from './pkce.ts';

export const CALLBACK_PATH = '/marketplace/oauth/callback';

type PendingColumns = Pick<
  MarketplaceTables['marketplace_installations'],
  'oauth_client_id' | 'pending_user_id' | 'pending_verifier_sealed' | 'pending_state_hash' | 'pending_redirect_uri'
>;

/**
 * Starts the OAuth sign-in step of an installation: the authorize URL to send the browser to, and
 * what the installation keeps until the callback (the PKCE verifier sealed, the state hashed).
 */
export async function prepareSignIn(ctx: MarketplaceContext, app: CatalogApp): Promise<{ authorizeUrl: string; pending: PendingColumns }> {
  const redirectUri = `${ctx.origin}${CALLBACK_PATH}`;
  const clientId = await ensureAppClient(ctx, app, redirectUri);
  const { verifier, challenge } = newPkcePair();
  const state = newToken();
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: (app.manifest.oauth?.scopes ?? []).join(' '),
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return {
    authorizeUrl: `/oauth2/authorize?${query.toString()}`,
    pending: {
      oauth_client_id: clientId,
      pending_user_id: ctx.actor.id,
      pending_verifier_sealed: ctx.secrets.seal(verifier),
      pending_state_hash: hashToken(state),
      pending_redirect_uri: redirectUri,
    },
  };
}

/** The columns that end a sign-in in progress, finished or not. */
export const noPendingSignIn = {
  pending_user_id: null,
  pending_verifier_sealed: null,
  pending_state_hash: null,
  pending_redirect_uri: null,
} satisfies Partial<PendingColumns>;

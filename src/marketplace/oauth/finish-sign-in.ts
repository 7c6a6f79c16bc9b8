import type { AccountRow } from '../../platform/accounts/accounts.repo.ts';
import { nowIso } from '../../platform/db/time.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import type { UserRow } from '../../platform/identity/users.repo.ts';
import { hashToken } from '../../platform/secrets.ts';
import { findInstallationByState, updateInstallation } from '../installations/installations.repo.ts';
import type { MarketplaceServices } from '../marketplace-context.ts';
import type { Transaction } from 'kysely';
import { inMarketplaceTransaction, type InstallationRow, type MarketplaceDatabase, type Product } from '../marketplace-tables.ts';
import { noPendingSignIn } from './prepare-sign-in.ts';
import { openTokens, sealedTokenColumns } from './sealed-tokens.ts';
import { callTokenEndpoint, revokeAtTokenEndpoint } from './token-endpoint.ts';

export type CallbackQuery = { code?: string | undefined; state?: string | undefined; error?: string | undefined };
export type CallbackOutcome = { kind: 'redirect'; location: string } | { kind: 'page'; status: number; title: string; message: string };

/** Each product's My Apps page, where the browser lands after the sign-in step. */
export const MY_APPS_PATH: Record<Product, string> = { chat: '/chat/apps', sell: '/sell/settings/integrations/apps' };

/**
 * The redirect back from the Authorize application dialog: redeems the code (with the PKCE verifier
 * only the server knows), keeps the tokens sealed and makes the installation active.
 */
export async function finishSignIn(
  services: MarketplaceServices,
  account: AccountRow,
  actor: UserRow | null,
  host: string,
  query: CallbackQuery,
): Promise<CallbackOutcome> {
  const row = query.state ? await findInstallationByState(services.mk, account.id, hashToken(query.state)) : undefined;
  if (!row || !row.pending_verifier_sealed || !row.pending_redirect_uri || !row.oauth_client_id) {
    return page(400, 'This sign-in link has expired', 'Start the sign-in again from My Apps.');
  }
  if (!actor || actor.id !== row.pending_user_id) {
    return page(403, 'Sign in as the person who started this', 'The app sign-in was started by another user. Sign in as that user, or start again from My Apps.');
  }
  const back = (result: 'done' | 'cancelled' | 'failed') => ({
    kind: 'redirect' as const,
    location: `${MY_APPS_PATH[row.product]}?${new URLSearchParams({ app: row.app_id, sign_in: result }).toString()}`,
  });
  const endPending = () => updateInstallation(services.mk, account.id, row.id, { ...noPendingSignIn, updated_at: nowIso() });

  if (query.error || !query.code) {
    await endPending();
    return back(query.error === 'access_denied' ? 'cancelled' : 'failed');
  }
  const result = await callTokenEndpoint(services, host, {
    grant_type: 'authorization_code',
    code: query.code,
    redirect_uri: row.pending_redirect_uri,
    client_id: row.oauth_client_id,
    code_verifier: services.secrets.open(row.pending_verifier_sealed),
  });
  if (!result.ok) {
    await endPending();
    return back('failed');
  }
  const previous = openTokens(services.secrets, row);
  await inMarketplaceTransaction(services.mk, (trx) => activate(trx, services, row, actor, result.tokens));
  // A reconnect replaces tokens that may still work: end them rather than leave them about.
  if (previous?.refreshToken) {
    await revokeAtTokenEndpoint(services, host, { token: previous.refreshToken, token_type_hint: 'refresh_token', client_id: row.oauth_client_id });
  }
  return back('done');
}

async function activate(
  trx: Transaction<MarketplaceDatabase>,
  services: MarketplaceServices,
  row: InstallationRow,
  actor: UserRow,
  tokens: Parameters<typeof sealedTokenColumns>[1],
) {
  const now = nowIso();
  await updateInstallation(trx, row.account_id, row.id, {
    ...sealedTokenColumns(services.secrets, tokens),
    ...noPendingSignIn,
    status: 'active',
    activated_at: row.activated_at ?? now,
    refresh_locked_until: null,
    updated_at: now,
  });
  if (row.activated_at === null) {
    await appendEvent(trx, row.account_id, 'app.installed', { installationId: row.id, appId: row.app_id, product: row.product, actorId: actor.id });
  }
}

function page(status: number, title: string, message: string): CallbackOutcome {
  return { kind: 'page', status, title, message };
}

import { isoAfter, nowIso } from '../../platform/db/time.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { claimRefresh, findInstallation, updateInstallation } from '../installations/installations.repo.ts';
import type { MarketplaceServices } from '../marketplace-context.ts';
import type { InstallationRow } from '../marketplace-tables.ts';
import { noTokens, openTokens, sealedTokenColumns } from './sealed-tokens.ts';
import { callTokenEndpoint } from './token-endpoint.ts';

export type AccessTokenResult = { ok: true; token: string } | { ok: false; reason: 'needs_authorization' };

/** Refresh a little before expiry, so a token does not run out between here and the API. */
const EXPIRY_MARGIN_MS = 30_000;
const REFRESH_LEASE_MS = 15_000;
const WAIT_STEP_MS = 100;
/** Errors that mean the grant is gone (revoked, rotated out, client removed): only a new sign-in helps. */
const GRANT_GONE = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client']);

const refreshing = new Map<string, Promise<AccessTokenResult>>();

/**
 * A usable access token for the installation: the stored one, or a fresh one from its refresh token
 * when it expired (or was just refused). One refresh at a time per installation, across nodes too: a
 * rotated-out refresh token used twice would revoke the whole grant.
 */
export async function installationAccessToken(
  services: MarketplaceServices,
  host: string,
  row: InstallationRow,
  options: { refused?: string } = {},
): Promise<AccessTokenResult> {
  const tokens = row.status === 'active' ? openTokens(services.secrets, row) : null;
  if (!tokens) return { ok: false, reason: 'needs_authorization' };
  if (options.refused === undefined && !expiresSoon(tokens.expiresAt)) return { ok: true, token: tokens.accessToken };
  const stale = options.refused ?? tokens.accessToken;
  const key = `${services.db.location}|${row.id}`;
  let pending = refreshing.get(key);
  if (!pending) {
    pending = refresh(services, host, row, stale).finally(() => refreshing.delete(key));
    refreshing.set(key, pending);
  }
  return pending;
}

async function refresh(services: MarketplaceServices, host: string, row: InstallationRow, stale: string): Promise<AccessTokenResult> {
  const deadline = Date.now() + REFRESH_LEASE_MS;
  while (Date.now() < deadline) {
    const claimed = await claimRefresh(services.mk, row.account_id, row.id, nowIso(), isoAfter(REFRESH_LEASE_MS));
    const current = await findInstallation(services.mk, row.account_id, row.id);
    if (!current || current.status !== 'active') return { ok: false, reason: 'needs_authorization' };
    const tokens = openTokens(services.secrets, current);
    if (!tokens) return { ok: false, reason: 'needs_authorization' };
    // Another request (maybe on another node) refreshed meanwhile.
    if (tokens.accessToken !== stale && !expiresSoon(tokens.expiresAt)) {
      if (claimed) await updateInstallation(services.mk, row.account_id, row.id, { refresh_locked_until: null });
      return { ok: true, token: tokens.accessToken };
    }
    if (claimed) return redeemRefreshToken(services, host, current, tokens.refreshToken);
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
  throw new AppError(503, 'app_busy', 'The app is renewing its access to Sell. Try again in a moment.');
}

async function redeemRefreshToken(
  services: MarketplaceServices,
  host: string,
  row: InstallationRow,
  refreshToken: string | null,
): Promise<AccessTokenResult> {
  const result = refreshToken
    ? await callTokenEndpoint(services, host, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: row.oauth_client_id ?? '' })
    : ({ ok: false, status: 400, error: 'invalid_grant' } as const);
  const now = nowIso();
  if (result.ok) {
    await updateInstallation(services.mk, row.account_id, row.id, { ...sealedTokenColumns(services.secrets, result.tokens), refresh_locked_until: null, updated_at: now });
    return { ok: true, token: result.tokens.accessToken };
  }
  if (GRANT_GONE.has(result.error)) {
    await markNeedsAuthorization(services, row);
    return { ok: false, reason: 'needs_authorization' };
  }
  await updateInstallation(services.mk, row.account_id, row.id, { refresh_locked_until: null });
  throw new AppError(502, 'app_sign_in_failed', 'The app could not renew its access to Sell. Try again in a moment.');
}

/** The grant is gone (O-9): the tokens are dropped and the app waits for someone to reconnect it. */
export async function markNeedsAuthorization(services: MarketplaceServices, row: InstallationRow): Promise<void> {
  await updateInstallation(services.mk, row.account_id, row.id, { ...noTokens, status: 'needs_authorization', refresh_locked_until: null, updated_at: nowIso() });
}

function expiresSoon(expiresAt: string | null): boolean {
  return expiresAt !== null && Date.parse(expiresAt) - Date.now() <= EXPIRY_MARGIN_MS;
}

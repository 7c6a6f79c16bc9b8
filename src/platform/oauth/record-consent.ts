import { appendEvent } from '../events/append-event.ts';
import type { Executor } from '../db/transaction.ts';
import { scopes as allScopes } from '../tokens/scopes.ts';
import { findActiveGrant, insertGrant, setGrantScopes } from './oauth-grants.repo.ts';

/**
 * The user's grant to this client: the active one, widened to the scopes just approved, or a new one.
 * One active grant per user and app, so Authorized apps lists each app once.
 */
export async function recordConsent(
  trx: Executor,
  grant: { accountId: number; userId: number; oauthClientId: number; clientId: string; scopes: string[] },
  at: string,
): Promise<number> {
  const existing = await findActiveGrant(trx, grant.accountId, grant.userId, grant.oauthClientId);
  if (existing) {
    const held = existing.scopes.split(' ');
    const union = allScopes.filter((s) => held.includes(s) || grant.scopes.includes(s)).join(' ');
    if (union !== existing.scopes) await setGrantScopes(trx, existing.id, union);
    return existing.id;
  }
  const created = await insertGrant(trx, {
    account_id: grant.accountId,
    user_id: grant.userId,
    oauth_client_id: grant.oauthClientId,
    scopes: grant.scopes.join(' '),
    created_at: at,
    last_used_at: null,
    revoked_at: null,
  });
  await appendEvent(trx, grant.accountId, 'oauth.grant_created', { grantId: created.id, userId: grant.userId, clientId: grant.clientId });
  return created.id;
}

import { appendEvent } from '../events/append-event.ts';
import type { Executor } from '../db/transaction.ts';
import { revokeTokenRows } from '../tokens/access-tokens.repo.ts';
import { markGrantsRevoked } from './oauth-grants.repo.ts';
import { revokeRefreshTokens } from './oauth-refresh-tokens.repo.ts';
import type { GrantRevokeReason } from './oauth-events.ts';

/**
 * Ends grants and every access and refresh token issued under them, in the caller's transaction.
 * Answers the access tokens' ids, to forget once more after the commit.
 */
export async function revokeGrantRows(trx: Executor, grantIds: number[], reason: GrantRevokeReason, at: string): Promise<number[]> {
  if (grantIds.length === 0) return [];
  const revoked = await markGrantsRevoked(trx, grantIds, at);
  await revokeRefreshTokens(trx, { grantIds }, at);
  const tokenIds = await revokeTokenRows(trx, { grantIds }, at);
  for (const grant of revoked) {
    await appendEvent(trx, grant.account_id, 'oauth.grant_revoked', { grantId: grant.id, userId: grant.user_id, clientId: grant.client_id, reason });
  }
  return tokenIds;
}

/**
 * Ends every token that descends from one authorization code (a code used twice, a refresh token
 * revoked by its app); the grant itself stays. Answers the access tokens' ids.
 */
export async function revokeAuthorizationTokens(trx: Executor, codeId: number, at: string): Promise<number[]> {
  const accessTokenIds = await revokeRefreshTokens(trx, { codeId }, at);
  return revokeTokenRows(trx, { ids: accessTokenIds }, at);
}

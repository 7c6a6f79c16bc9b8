import type { Insertable } from 'kysely';
import type { OAuthRefreshTokensTable } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';

export function insertRefreshToken(db: Executor, values: Insertable<OAuthRefreshTokensTable>) {
  return db.insertInto('oauth_refresh_tokens').values(values).returning('id').executeTakeFirstOrThrow();
}

/** A refresh token with its grant's state, its client and its user's. */
export function findRefreshTokenByHash(db: Executor, accountId: number, tokenHash: string) {
  return db
    .selectFrom('oauth_refresh_tokens')
    .innerJoin('oauth_grants', 'oauth_grants.id', 'oauth_refresh_tokens.grant_id')
    .innerJoin('users', 'users.id', 'oauth_grants.user_id')
    .innerJoin('oauth_clients', 'oauth_clients.id', 'oauth_grants.oauth_client_id')
    .selectAll('oauth_refresh_tokens')
    .select(['oauth_grants.user_id', 'oauth_clients.client_id', 'oauth_grants.revoked_at as grant_revoked_at', 'users.active as user_active'])
    .where('oauth_refresh_tokens.account_id', '=', accountId)
    .where('oauth_refresh_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Rotation: true only for the one call that exchanged this refresh token. */
export async function markRefreshTokenRotated(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('oauth_refresh_tokens')
    .set({ rotated_at: at })
    .where('id', '=', id)
    .where('rotated_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes the refresh tokens of some grants or of one authorization; answers their access tokens' ids. */
export async function revokeRefreshTokens(db: Executor, where: { grantIds: number[] } | { codeId: number }, at: string) {
  const rows = await db
    .updateTable('oauth_refresh_tokens')
    .set({ revoked_at: at })
    .where((eb) => ('codeId' in where ? eb('code_id', '=', where.codeId) : eb('grant_id', 'in', where.grantIds)))
    .where('revoked_at', 'is', null)
    .returning('access_token_id')
    .execute();
  return rows.map((r) => r.access_token_id);
}

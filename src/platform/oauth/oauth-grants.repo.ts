import type { Insertable, Selectable } from 'kysely';
import type { OAuthGrantsTable } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';

export type OAuthGrantRow = Selectable<OAuthGrantsTable>;

export function insertGrant(db: Executor, values: Insertable<OAuthGrantsTable>) {
  return db.insertInto('oauth_grants').values(values).returningAll().executeTakeFirstOrThrow();
}

export function findActiveGrant(db: Executor, accountId: number, userId: number, oauthClientId: number) {
  return db
    .selectFrom('oauth_grants')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .where('oauth_client_id', '=', oauthClientId)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function findGrant(db: Executor, accountId: number, id: number) {
  return db.selectFrom('oauth_grants').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function setGrantScopes(db: Executor, id: number, scopes: string) {
  return db.updateTable('oauth_grants').set({ scopes }).where('id', '=', id).execute();
}

/**
 * Marks the grant used, only while it is active; false when it was revoked. The update also locks
 * the row, so a revocation running at the same time waits for the tokens issued here and kills them.
 */
export async function touchActiveGrant(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db.updateTable('oauth_grants').set({ last_used_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks grants revoked; answers the ones this call revoked (not those revoked before). */
export async function markGrantsRevoked(db: Executor, ids: number[], at: string) {
  const rows = await db.updateTable('oauth_grants').set({ revoked_at: at }).where('id', 'in', ids).where('revoked_at', 'is', null).returning('id').execute();
  if (rows.length === 0) return [];
  return db
    .selectFrom('oauth_grants')
    .innerJoin('oauth_clients', 'oauth_clients.id', 'oauth_grants.oauth_client_id')
    .select(['oauth_grants.id', 'oauth_grants.account_id', 'oauth_grants.user_id', 'oauth_clients.client_id'])
    .where(
      'oauth_grants.id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
}

export function activeGrantIdsOfClient(db: Executor, accountId: number, oauthClientId: number) {
  return db
    .selectFrom('oauth_grants')
    .select('id')
    .where('account_id', '=', accountId)
    .where('oauth_client_id', '=', oauthClientId)
    .where('revoked_at', 'is', null)
    .execute()
    .then((rows) => rows.map((r) => r.id));
}

/** A user's active grants with the app's name and when any of its tokens was last used. */
export function listActiveGrantsOfUser(db: Executor, accountId: number, userId: number) {
  return db
    .selectFrom('oauth_grants')
    .innerJoin('oauth_clients', 'oauth_clients.id', 'oauth_grants.oauth_client_id')
    .select((eb) => [
      'oauth_grants.id',
      'oauth_grants.scopes',
      'oauth_grants.created_at',
      'oauth_grants.last_used_at',
      'oauth_clients.name as client_name',
      eb
        .selectFrom('access_tokens')
        .select((inner) => inner.fn.max('access_tokens.last_used_at').as('used'))
        .whereRef('access_tokens.grant_id', '=', 'oauth_grants.id')
        .as('token_last_used_at'),
    ])
    .where('oauth_grants.account_id', '=', accountId)
    .where('oauth_grants.user_id', '=', userId)
    .where('oauth_grants.revoked_at', 'is', null)
    .orderBy('oauth_grants.id', 'desc')
    .execute();
}

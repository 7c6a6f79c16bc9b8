import type { Insertable } from 'kysely';
import type { OAuthCodesTable } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';

export function insertCode(db: Executor, values: Insertable<OAuthCodesTable>) {
  return db.insertInto('oauth_codes').values(values).returningAll().executeTakeFirstOrThrow();
}

/** A code with what redeeming it needs: its client, its grant's state and its user's. */
export function findCodeByHash(db: Executor, accountId: number, codeHash: string) {
  return db
    .selectFrom('oauth_codes')
    .innerJoin('oauth_grants', 'oauth_grants.id', 'oauth_codes.grant_id')
    .innerJoin('users', 'users.id', 'oauth_grants.user_id')
    .innerJoin('oauth_clients', 'oauth_clients.id', 'oauth_grants.oauth_client_id')
    .selectAll('oauth_codes')
    .select(['oauth_grants.user_id', 'oauth_clients.client_id', 'oauth_grants.revoked_at as grant_revoked_at', 'users.active as user_active'])
    .where('oauth_codes.account_id', '=', accountId)
    .where('oauth_codes.code_hash', '=', codeHash)
    .executeTakeFirst();
}

/** Single use: true only for the one call that used the code. */
export async function markCodeUsed(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db.updateTable('oauth_codes').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

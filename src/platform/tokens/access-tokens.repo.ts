import type { Insertable, Selectable } from 'kysely';
import type { AccessTokensTable } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';
import { TtlCache } from '../ttl-cache.ts';

export type AccessTokenRow = Selectable<AccessTokensTable>;

export function insertAccessToken(db: Executor, values: Insertable<AccessTokensTable>) {
  return db.insertInto('access_tokens').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The token with its user and account subdomain, in one query: this runs on every API request. */
export function findTokenByHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('access_tokens')
    .innerJoin('users', 'users.id', 'access_tokens.user_id')
    .selectAll('users')
    .select([
      'access_tokens.id as token_id',
      'access_tokens.account_id as token_account_id',
      'access_tokens.kind as token_kind',
      'access_tokens.scopes as token_scopes',
      'access_tokens.client_id as token_client_id',
      'access_tokens.expires_at as token_expires_at',
      'access_tokens.revoked_at as token_revoked_at',
      'access_tokens.last_used_at as token_last_used_at',
    ])
    .where('access_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

type TokenLookup = NonNullable<Awaited<ReturnType<typeof findTokenByHash>>>;

/** Tokens as every API request checks them; revocation and user changes on this node forget them at once. */
const byHash = new TtlCache<string, TokenLookup>(5_000);

export async function cachedTokenByHash(db: Executor, cacheKey: string, tokenHash: string) {
  const key = `${cacheKey}|${tokenHash}`;
  const hit = byHash.get(key);
  if (hit) return hit;
  const row = await findTokenByHash(db, tokenHash);
  if (row) byHash.set(key, row);
  return row;
}

export function forgetTokensOfUser(userId: number) {
  byHash.deleteWhere((row) => row.id === userId);
}

export function listPersonalTokens(db: Executor, accountId: number, userId: number) {
  return db
    .selectFrom('access_tokens')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('user_id', '=', userId)
    .where('kind', '=', 'personal')
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
}

export function findToken(db: Executor, accountId: number, id: number) {
  return db.selectFrom('access_tokens').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function revokeTokenRow(db: Executor, id: number, at: string) {
  byHash.deleteWhere((row) => row.token_id === id);
  return db.updateTable('access_tokens').set({ revoked_at: at }).where('id', '=', id).execute();
}

/**
 * Revokes several tokens at once — by id, or every token of some OAuth grants — and forgets them on
 * this node at once. Answers the ids it revoked.
 */
export async function revokeTokenRows(db: Executor, which: { ids: number[] } | { grantIds: number[] }, at: string) {
  const list = 'ids' in which ? which.ids : which.grantIds;
  if (list.length === 0) return [];
  const rows = await db
    .updateTable('access_tokens')
    .set({ revoked_at: at })
    .where('ids' in which ? 'id' : 'grant_id', 'in', list)
    .where('revoked_at', 'is', null)
    .returning('id')
    .execute();
  const ids = rows.map((r) => r.id);
  forgetTokens(ids);
  return ids;
}

/** Drops cached lookups of these tokens (again after a commit, so no reader caches the row as it was). */
export function forgetTokens(ids: number[]) {
  const gone = new Set(ids);
  byHash.deleteWhere((row) => gone.has(row.token_id));
}

export function touchToken(db: Executor, id: number, at: string) {
  return db.updateTable('access_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

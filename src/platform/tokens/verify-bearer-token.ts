import type { Db } from '../db/connect.ts';
import { nowIso } from '../db/time.ts';
import { hashToken } from '../secrets.ts';
import type { UserRow } from '../identity/users.repo.ts';
import { cachedTokenByHash, touchToken } from './access-tokens.repo.ts';
import { parseScopes, type Scope } from './scopes.ts';

export type BearerIdentity = {
  tokenId: number;
  kind: 'personal' | 'oauth';
  user: UserRow;
  scopes: Scope[];
  clientId: string | null;
};

export type BearerResult =
  | { ok: true; identity: BearerIdentity }
  | { ok: false; reason: 'missing' | 'invalid' | 'other-account' };

const TOUCH_INTERVAL_MS = 60_000;

/** Reads `Authorization: Bearer …`. */
export function bearerFrom(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * The one check every API makes of a bearer token, personal or OAuth: known, not revoked or expired,
 * its user active, and issued by this account (a token of account A is useless on account B).
 */
export async function verifyBearerToken(db: Db, accountId: number, token: string | undefined): Promise<BearerResult> {
  if (!token) return { ok: false, reason: 'missing' };
  const row = await cachedTokenByHash(db.kysely, db.location, hashToken(token));
  const now = Date.now();
  if (!row || row.token_revoked_at || (row.token_expires_at && Date.parse(row.token_expires_at) <= now) || !row.active) {
    return { ok: false, reason: 'invalid' };
  }
  if (row.token_account_id !== accountId) return { ok: false, reason: 'other-account' };
  if (!row.token_last_used_at || now - Date.parse(row.token_last_used_at) > TOUCH_INTERVAL_MS) {
    const at = nowIso();
    row.token_last_used_at = at;
    await touchToken(db.kysely, row.token_id, at);
  }
  return { ok: true, identity: identityOf(row) };
}

type TokenLookup = NonNullable<Awaited<ReturnType<typeof cachedTokenByHash>>>;

/** The identity behind a cached token lookup, worked out once per lookup (this runs on every API request). */
const identities = new WeakMap<TokenLookup, BearerIdentity>();

function identityOf(row: TokenLookup): BearerIdentity {
  let identity = identities.get(row);
  if (!identity) {
    const {
      token_id: tokenId,
      token_account_id: _account,
      token_kind: kind,
      token_scopes: scopes,
      token_client_id: clientId,
      token_expires_at: _expires,
      token_revoked_at: _revoked,
      token_last_used_at: _used,
      ...user
    } = row;
    identity = { tokenId, kind, user, scopes: parseScopes(scopes), clientId };
    identities.set(row, identity);
  }
  return identity;
}

import type { Db } from '../db/connect.ts';
import { isoAfter, nowIso } from '../db/time.ts';
import { hashToken } from '../secrets.ts';
import { findSessionWithUser, touchSession } from './sessions.repo.ts';
import type { UserRow } from './users.repo.ts';

export type ResolvedSession =
  | { kind: 'none' }
  | { kind: 'other-account' }
  | { kind: 'valid'; user: UserRow; csrfToken: string; tokenHash: string };

/** Only refresh a session's expiry once a minute, so reads do not turn into writes on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function resolveSession(db: Db, token: string | undefined, accountId: number, ttlHours: number): Promise<ResolvedSession> {
  if (!token) return { kind: 'none' };
  const tokenHash = hashToken(token);
  const row = await findSessionWithUser(db.kysely, tokenHash);
  const now = nowIso();
  if (!row || row.session_expires_at <= now || !row.active) return { kind: 'none' };
  if (row.session_account_id !== accountId) return { kind: 'other-account' };
  if (Date.parse(now) - Date.parse(row.session_last_seen_at) > TOUCH_INTERVAL_MS) {
    await touchSession(db.kysely, tokenHash, now, isoAfter(ttlHours * 3600_000));
  }
  const {
    session_token_hash: _hash,
    session_account_id: _account,
    session_csrf_token: csrfToken,
    session_expires_at: _expires,
    session_last_seen_at: _seen,
    ...user
  } = row;
  return { kind: 'valid', user, csrfToken, tokenHash };
}

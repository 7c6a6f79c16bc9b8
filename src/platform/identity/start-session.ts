import type { Db } from '../db/connect.ts';
import { isoAfter, nowIso } from '../db/time.ts';
import type { Executor } from '../db/transaction.ts';
import { hashToken, newToken } from '../secrets.ts';
import { insertSession } from './sessions.repo.ts';
import type { UserRow } from './users.repo.ts';

export type StartedSession = { token: string; csrfToken: string; expiresAt: string };

/** Opens a session for a user who has proved who they are; the raw token goes only into the cookie. */
export async function startSession(
  db: Db | Executor,
  user: UserRow,
  ttlHours: number,
  userAgent: string | null,
): Promise<StartedSession> {
  const executor = 'kysely' in db ? db.kysely : db;
  const token = newToken();
  const csrfToken = newToken();
  const now = nowIso();
  const expiresAt = isoAfter(ttlHours * 3600_000);
  await insertSession(executor, {
    token_hash: hashToken(token),
    account_id: user.account_id,
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: now,
    expires_at: expiresAt,
    last_seen_at: now,
    user_agent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken, expiresAt };
}

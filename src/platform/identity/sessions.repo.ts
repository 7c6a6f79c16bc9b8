import type { Insertable } from 'kysely';
import type { SessionsTable } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';

export function insertSession(db: Executor, values: Insertable<SessionsTable>) {
  return db.insertInto('sessions').values(values).execute();
}

/** The session and its user in one query: this runs on every signed-in request. */
export function findSessionWithUser(db: Executor, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.token_hash as session_token_hash',
      'sessions.account_id as session_account_id',
      'sessions.csrf_token as session_csrf_token',
      'sessions.expires_at as session_expires_at',
      'sessions.last_seen_at as session_last_seen_at',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export function touchSession(db: Executor, tokenHash: string, lastSeenAt: string, expiresAt: string) {
  return db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('token_hash', '=', tokenHash).execute();
}

export function deleteSession(db: Executor, tokenHash: string) {
  return db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export function deleteSessionsOfUser(db: Executor, userId: number) {
  return db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export function deleteExpiredSessions(db: Executor, now: string) {
  return db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { UsersTable } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';

export type UserRow = Selectable<UsersTable>;

export function findUserById(db: Executor, accountId: number, id: number) {
  return db.selectFrom('users').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function findUserByEmail(db: Executor, accountId: number, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('email_lower', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export function listUsers(db: Executor, accountId: number) {
  return db.selectFrom('users').selectAll().where('account_id', '=', accountId).orderBy(sql`lower(name)`).orderBy('id').execute();
}

export function findChatOwner(db: Executor, accountId: number) {
  return db.selectFrom('users').selectAll().where('account_id', '=', accountId).where('chat_role', '=', 'owner').executeTakeFirst();
}

/** Bumped whenever an account's users change, so caches of who-reports-to-whom know to refresh. */
const versions = new Map<number, number>();
export function usersVersion(accountId: number): number {
  return versions.get(accountId) ?? 0;
}
function bump(accountId: number) {
  versions.set(accountId, usersVersion(accountId) + 1);
}

export function insertUser(db: Executor, values: Insertable<UsersTable>) {
  bump(values.account_id);
  return db.insertInto('users').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateUser(db: Executor, accountId: number, id: number, values: Updateable<UsersTable>) {
  bump(accountId);
  return db
    .updateTable('users')
    .set(values)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Managers of `userId`, nearest first; stops at a loop so bad data cannot hang a request. */
export async function managerChain(db: Executor, accountId: number, userId: number): Promise<number[]> {
  const users = await db.selectFrom('users').select(['id', 'reports_to_id']).where('account_id', '=', accountId).execute();
  const managerOf = new Map(users.map((u) => [u.id, u.reports_to_id]));
  const chain: number[] = [];
  let current = managerOf.get(userId) ?? null;
  while (current !== null && !chain.includes(current)) {
    chain.push(current);
    current = managerOf.get(current) ?? null;
  }
  return chain;
}

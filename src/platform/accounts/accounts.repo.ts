import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AccountsTable } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';
import { TtlCache } from '../ttl-cache.ts';

export type AccountRow = Selectable<AccountsTable>;

export function findAccountBySubdomain(db: Executor, subdomain: string) {
  return db.selectFrom('accounts').selectAll().where('subdomain', '=', subdomain).executeTakeFirst();
}

/** Accounts by subdomain as every request resolves them; a miss is not cached (setup may create it). */
const bySubdomain = new TtlCache<string, AccountRow>(5_000);

export async function cachedAccountBySubdomain(db: Executor, cacheKey: string, subdomain: string) {
  const key = `${cacheKey}|${subdomain}`;
  const hit = bySubdomain.get(key);
  if (hit) return hit;
  const account = await findAccountBySubdomain(db, subdomain);
  if (account) bySubdomain.set(key, account);
  return account;
}

export function findAccountById(db: Executor, id: number) {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The account a bare host serves: the one marked default, else the oldest. */
export function findDefaultAccount(db: Executor) {
  return db.selectFrom('accounts').selectAll().orderBy('is_default', 'desc').orderBy('id', 'asc').limit(1).executeTakeFirst();
}

export async function countAccounts(db: Executor): Promise<number> {
  const row = await db.selectFrom('accounts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function insertAccount(db: Executor, values: Insertable<AccountsTable>) {
  return db.insertInto('accounts').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateAccount(db: Executor, id: number, values: Updateable<AccountsTable>) {
  bySubdomain.deleteWhere((account) => account.id === id);
  return db.updateTable('accounts').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function deleteAccount(db: Executor, id: number) {
  bySubdomain.deleteWhere((account) => account.id === id);
  return db.deleteFrom('accounts').where('id', '=', id).execute();
}

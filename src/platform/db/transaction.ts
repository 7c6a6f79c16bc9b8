import type { Kysely, Transaction } from 'kysely';
import type { Db } from './connect.ts';
import type { Database } from './schema.ts';

export type Executor = Kysely<Database> | Transaction<Database>;

/** Runs `work` in one transaction: every write that belongs together commits together or not at all. */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}

/** Joins the caller's transaction when given one, else runs `work` in a transaction of its own. */
export function withinTransaction<DB, T>(db: Kysely<DB>, work: (trx: Transaction<DB>) => Promise<T>): Promise<T>;
export function withinTransaction<T>(db: Executor, work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
export function withinTransaction<T>(db: Kysely<any>, work: (trx: Transaction<any>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<any>) : db.transaction().execute(work);
}

/**
 * Runs `work` with a Db whose every query goes through one transaction (or the caller's, when `db`
 * already is one). Operations handed an OpContext with this Db join that transaction instead of
 * committing on their own (see withinTransaction), so several operations, even of different
 * products, commit together or not at all. Everything inside must go through this Db: on SQLite the
 * transaction holds the only connection, so a query on the outer one would wait for ever.
 */
export function inOneTransaction<T>(db: Db, work: (db: Db) => Promise<T>): Promise<T> {
  return withinTransaction(db.kysely, (trx) => work(trx === db.kysely ? db : { ...db, kysely: trx }));
}

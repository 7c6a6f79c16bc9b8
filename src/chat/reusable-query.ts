import { PostgresAdapter, type Compilable, type CompiledQuery, type Kysely, type QueryResult } from 'kysely';

const MARK = '\u0000arg:';

/**
 * A query built and compiled once per dialect, then run again with new values: Kysely otherwise
 * rebuilds and recompiles every query, about 3× the cost of the lookup itself on SQLite. For hot paths
 * only (message insert). `build` receives placeholders in place of its arguments.
 */
export function reusableQuery<DB, A extends unknown[], R>(build: (db: Kysely<DB>, ...args: A) => Compilable<R>) {
  const compiled = new Map<string, CompiledQuery<R>>();
  return (db: Kysely<DB>, ...args: A): Promise<QueryResult<R>> => {
    const dialect = db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
    let query = compiled.get(dialect);
    if (!query) {
      const marks = args.map((_, i) => `${MARK}${i}`) as unknown as A;
      query = build(db, ...marks).compile();
      compiled.set(dialect, query);
    }
    const parameters = query.parameters.map((p) => (typeof p === 'string' && p.startsWith(MARK) ? args[Number(p.slice(MARK.length))] : p));
    return db.executeQuery<R>({ ...query, parameters });
  };
}

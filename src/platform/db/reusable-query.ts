import { PostgresAdapter, type Compilable, type CompiledQuery, type Kysely, type QueryResult } from 'kysely';

const PLACEHOLDER = '\u0000param:';

/**
 * A query that Kysely builds and compiles once per dialect and then runs with fresh values. Building
 * and compiling costs about twice a point lookup on SQLite, so hot paths (the visitor card lookup, the
 * chat message insert) reuse the compiled form. `build` receives placeholders instead of its values,
 * so it must pass them straight into the query (no branching on them, no lists of varying length).
 */
export function reusableQuery<DB, A extends unknown[], R>(build: (db: Kysely<DB>, ...args: A) => Compilable<R>) {
  const byDialect = new Map<string, CompiledQuery<R>>();
  return (db: Kysely<DB>, ...args: A): Promise<QueryResult<R>> => {
    const dialect = db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
    let compiled = byDialect.get(dialect);
    if (!compiled) {
      compiled = build(db, ...(args.map((_, i) => `${PLACEHOLDER}${i}`) as A)).compile();
      byDialect.set(dialect, compiled);
    }
    const parameters = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(PLACEHOLDER) ? args[Number(p.slice(PLACEHOLDER.length))] : p));
    return db.executeQuery<R>({ ...compiled, parameters });
  };
}

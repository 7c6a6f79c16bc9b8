import type { CompiledQuery, Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';

/**
 * A query built and compiled once per database, then run with new parameter values: Kysely builds
 * and compiles every query anew, which on a hot path costs more than the lookup itself. `build` gets
 * one placeholder value per named parameter and must not add other bound values (use `sql.lit`).
 */
export function preparedQuery<Params extends string, Row>(names: readonly Params[], build: (db: Db, placeholders: Record<Params, number>) => CompiledQuery<Row>) {
  const compiled = new WeakMap<Db, { query: CompiledQuery<Row>; order: Params[] }>();
  const placeholders = Object.fromEntries(names.map((name, i) => [name, -1_000_001 - i])) as Record<Params, number>;
  const nameOf = new Map<unknown, Params>(names.map((name) => [placeholders[name], name]));

  function prepare(db: Db) {
    let entry = compiled.get(db);
    if (!entry) {
      const query = build(db, placeholders);
      const order = query.parameters.map((value) => {
        const name = nameOf.get(value);
        if (name === undefined) throw new Error(`A prepared query binds ${String(value)}, which is none of its parameters: inline constants with sql.lit.`);
        return name;
      });
      entry = { query, order };
      compiled.set(db, entry);
    }
    return entry;
  }

  /** Runs the query on `executor` (Sell's view of `db`, or a transaction on it). */
  return async (db: Db, executor: Kysely<any>, values: Record<Params, number>): Promise<Row[]> => {
    const { query, order } = prepare(db);
    const result = await executor.executeQuery<Row>({ ...query, parameters: order.map((name) => values[name]) });
    return result.rows;
  };
}

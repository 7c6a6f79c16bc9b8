import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from '../../platform/db/connect.ts';

type RowList = {
  /** one value per row, or several, which become an array per row */
  values: RawBuilder<unknown>[];
  /** `from … where …` of the rows */
  from: RawBuilder<unknown>;
  orderBy: RawBuilder<unknown>;
};

/** A scalar subquery: a JSON array with an element per row (`[]` for none), in order, on both databases. */
export function jsonRows(dialect: DialectName, { values, from, orderBy }: RowList): RawBuilder<unknown> {
  if (dialect === 'postgres') {
    const element = values.length === 1 ? values[0] : sql`json_build_array(${sql.join(values)})`;
    return sql`(select coalesce(json_agg(${element} order by ${orderBy}), '[]'::json) ${from})`;
  }
  // SQLite orders inside an aggregate slowly (a temporary b-tree each, several times slower together
  // than the whole read); aggregating an ordered subquery keeps its order and costs next to nothing.
  const element = values.length === 1 ? sql`json_quote(${values[0]})` : sql`json_array(${sql.join(values)})`;
  return sql`(select json_group_array(json(e)) from (select ${element} as e ${from} order by ${orderBy}))`;
}

/** A JSON aggregate as read back: PostgreSQL's driver parses json, SQLite returns text. */
export function readJsonArray<T>(value: unknown): T[] {
  if (typeof value !== 'string') return value as T[];
  return value === '[]' ? [] : (JSON.parse(value) as T[]);
}

import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from './connect.ts';

/** One key of a JSON object stored as text, as text: json_extract on SQLite, ->> on PostgreSQL. */
export function jsonTextField(dialect: DialectName, table: string, column: string, key: string): RawBuilder<string | null> {
  if (!/^[a-z_]+$/.test(key)) throw new Error(`unsafe JSON key ${key}`);
  const ref = sql.ref(`${table}.${column}`);
  return dialect === 'postgres' ? sql<string | null>`(${ref}::json->>${sql.lit(key)})` : sql<string | null>`json_extract(${ref}, ${sql.lit('$.' + key)})`;
}

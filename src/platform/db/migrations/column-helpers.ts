import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

/** An auto-incrementing integer primary key written the way each dialect wants it. */
export function withIdColumn<T extends string>(
  builder: CreateTableBuilder<T, never>,
  dialect: 'sqlite' | 'postgres',
): CreateTableBuilder<T, 'id'> {
  return dialect === 'postgres'
    ? builder.addColumn('id', 'serial', (c) => c.primaryKey())
    : builder.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}

export async function dialectOf(db: Kysely<any>): Promise<'sqlite' | 'postgres'> {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

import type { Kysely } from 'kysely';

/** Keys the instance generates for itself (the secrets key when SECRETS_KEY is unset). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('instance_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('instance_keys').execute();
}

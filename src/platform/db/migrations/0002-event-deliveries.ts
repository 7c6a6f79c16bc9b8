import type { Kysely } from 'kysely';

/** One row per (event, handler) that has run: what makes replaying the outbox harmless. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event_deliveries')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('outbox.id').onDelete('cascade'))
    .addColumn('handler', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_deliveries_pk', ['event_id', 'handler'])
    .execute();
  await db.schema.alterTable('outbox').addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('outbox').addColumn('last_error', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('last_error').execute();
  await db.schema.alterTable('outbox').dropColumn('attempts').execute();
  await db.schema.dropTable('event_deliveries').execute();
}

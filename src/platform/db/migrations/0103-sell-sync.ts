import type { Kysely } from 'kysely';

/**
 * The Sync API's bookkeeping: each record's latest revision (from the outbox), each device's
 * acknowledged revisions, and the snapshot of what a session will hand out.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sell_record_revisions')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer')
    .addPrimaryKeyConstraint('sell_record_revisions_pk', ['account_id', 'resource_type', 'resource_id'])
    .execute();
  await db.schema.createIndex('sell_record_revisions_revision').on('sell_record_revisions').columns(['account_id', 'revision']).execute();

  await db.schema
    .createTable('sell_sync_devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('device_uuid', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sell_sync_devices_key').unique().on('sell_sync_devices').columns(['account_id', 'user_id', 'device_uuid']).execute();

  await db.schema
    .createTable('sell_sync_acks')
    .addColumn('device_id', 'text', (c) => c.notNull().references('sell_sync_devices.id').onDelete('cascade'))
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_sync_acks_pk', ['device_id', 'resource_type', 'resource_id'])
    .execute();

  await db.schema
    .createTable('sell_sync_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull().references('sell_sync_devices.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sell_sync_session_items')
    .addColumn('session_id', 'text', (c) => c.notNull().references('sell_sync_sessions.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_sync_session_items_pk', ['session_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['sell_sync_session_items', 'sell_sync_sessions', 'sell_sync_acks', 'sell_sync_devices', 'sell_record_revisions']) {
    await db.schema.dropTable(t).execute();
  }
}

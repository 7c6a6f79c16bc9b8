import type { Kysely } from 'kysely';
import { dialectOf, withIdColumn } from './column-helpers.ts';

/**
 * The Sell–Chat integration (src/integrations/sell-chat): its settings, owner entries, widget field
 * lists, the leads it created from chats, the read audit (B-1) and the notes-for-the-rep notifications.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await db.schema
    .createTable('sell_chat_settings')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('access_mode', 'text', (c) => c.notNull().defaultTo('sell_users'))
    .addColumn('assign_status_id', 'integer')
    .addColumn('assign_source_id', 'integer')
    .addColumn('allow_any_owner', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('past_chats_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('offline_leads_enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Users and pools, in the order the admin put them; a deleted one stays until the admin removes it (O-4).
  await db.schema
    .createTable('sell_chat_owner_entries')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_chat_owner_entries_pk', ['account_id', 'kind', 'ref_id'])
    .execute();

  await db.schema
    .createTable('sell_chat_widgets')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('widget', 'text', (c) => c.notNull())
    .addColumn('draft_fields', 'text', (c) => c.notNull())
    .addColumn('published_fields', 'text', (c) => c.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('edited_by_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('published_at', 'text')
    .addColumn('published_by_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('sell_chat_widgets_pk', ['account_id', 'widget'])
    .execute();

  await db.schema
    .createTable('sell_chat_lead_origins')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('lead_id', 'integer', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_chat_lead_origins_pk', ['account_id', 'lead_id'])
    .execute();
  await db.schema.createIndex('sell_chat_lead_origins_chat').on('sell_chat_lead_origins').columns(['account_id', 'chat_id']).execute();

  // One row per record shown: who saw it, for which chat, which fields, acting as which Sell user.
  await withIdColumn(db.schema.createTable('sell_chat_read_audit'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('agent_id', 'integer', (c) => c.notNull())
    .addColumn('agent_name', 'text', (c) => c.notNull())
    .addColumn('acting_user_id', 'integer', (c) => c.notNull())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('record_name', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sell_chat_read_audit_time').on('sell_chat_read_audit').columns(['account_id', 'id']).execute();
  await db.schema.createIndex('sell_chat_read_audit_agent').on('sell_chat_read_audit').columns(['account_id', 'agent_id', 'id']).execute();
  await db.schema
    .createIndex('sell_chat_read_audit_record')
    .on('sell_chat_read_audit')
    .columns(['account_id', 'record_type', 'record_id', 'id'])
    .execute();
  await db.schema.createIndex('sell_chat_read_audit_chat').on('sell_chat_read_audit').columns(['account_id', 'chat_id', 'id']).execute();

  await withIdColumn(db.schema.createTable('sell_chat_notifications'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('chat_id', 'text')
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('record_name', 'text', (c) => c.notNull())
    .addColumn('note_id', 'integer')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('sell_chat_notifications_user').on('sell_chat_notifications').columns(['account_id', 'user_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'sell_chat_notifications',
    'sell_chat_read_audit',
    'sell_chat_lead_origins',
    'sell_chat_widgets',
    'sell_chat_owner_entries',
    'sell_chat_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

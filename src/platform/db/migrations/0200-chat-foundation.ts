import { sql, type Kysely } from 'kysely';
import { dialectOf, withIdColumn } from './column-helpers.ts';

/**
 * Chat (A-7 … A-11): settings and departments per account, visitors, chats with their channel log
 * (messages and membership entries numbered by `seq`), offline messages and persisted agent status.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  const account = (c: any) => c.notNull().references('accounts.id').onDelete('cascade');
  const user = (c: any) => c.references('users.id').onDelete('set null');

  await db.schema
    .createTable('chat_settings')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('routing_mode', 'text', (c) => c.notNull())
    .addColumn('chat_limit', 'integer', (c) => c.notNull())
    .addColumn('reassignment_timeout_seconds', 'integer', (c) => c.notNull())
    .addColumn('widget_color', 'text', (c) => c.notNull())
    .addColumn('greeting', 'text', (c) => c.notNull())
    .addColumn('offline_greeting', 'text', (c) => c.notNull())
    .addColumn('prechat_name', 'text', (c) => c.notNull())
    .addColumn('prechat_email', 'text', (c) => c.notNull())
    .addColumn('prechat_phone', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withIdColumn(db.schema.createTable('chat_departments'), dialect)
    .addColumn('account_id', 'integer', account)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_lower', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('chat_departments_name').unique().on('chat_departments').columns(['account_id', 'name_lower']).execute();

  await db.schema
    .createTable('chat_department_members')
    .addColumn('department_id', 'integer', (c) => c.notNull().references('chat_departments.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', account)
    .addPrimaryKeyConstraint('chat_department_members_pk', ['department_id', 'user_id'])
    .execute();
  await db.schema.createIndex('chat_department_members_user').on('chat_department_members').column('user_id').execute();

  await withIdColumn(db.schema.createTable('chat_visitors'), dialect)
    .addColumn('account_id', 'integer', account)
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('page_url', 'text')
    .addColumn('page_title', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('chat_visitors_key').unique().on('chat_visitors').columns(['account_id', 'key_hash']).execute();

  await db.schema
    .createTable('chats')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', account)
    .addColumn('visitor_id', 'integer', (c) => c.notNull().references('chat_visitors.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', (c) => c.references('chat_departments.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('visitor_name', 'text')
    .addColumn('visitor_email', 'text')
    .addColumn('visitor_phone', 'text')
    .addColumn('agent_id', 'integer', user)
    .addColumn('offered_agent_id', 'integer', user)
    .addColumn('offered_at', 'text')
    .addColumn('offer_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('visitor_read_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('agent_read_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rating', 'text')
    .addColumn('comment', 'text')
    .addColumn('ended_by', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('served_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('chats_started').on('chats').columns(['account_id', 'started_at']).execute();
  await db.schema.createIndex('chats_agent').on('chats').columns(['account_id', 'agent_id', 'status']).execute();
  await db.schema.createIndex('chats_visitor').on('chats').columns(['visitor_id', 'started_at']).execute();
  await db.schema.createIndex('chats_waiting').on('chats').columns(['status', 'offered_at']).execute();
  // One open chat per visitor: a resent `chat:start` finds it instead of opening a second.
  await sql`create unique index chats_one_open_per_visitor on chats (visitor_id) where status <> 'ended'`.execute(db);

  await withIdColumn(db.schema.createTable('chat_messages'), dialect)
    .addColumn('account_id', 'integer', account)
    .addColumn('chat_id', 'text', (c) => c.notNull().references('chats.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'integer', user)
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('data', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('chat_messages_seq').unique().on('chat_messages').columns(['chat_id', 'seq']).execute();
  await db.schema.createIndex('chat_messages_client_id').unique().on('chat_messages').columns(['chat_id', 'client_id']).execute();

  await db.schema
    .createTable('chat_offline_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', account)
    .addColumn('visitor_id', 'integer', (c) => c.references('chat_visitors.id').onDelete('set null'))
    .addColumn('department_id', 'integer', (c) => c.references('chat_departments.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('page_url', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('unread', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('read_by_id', 'integer', user)
    .addColumn('read_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('chat_offline_messages_created').on('chat_offline_messages').columns(['account_id', 'created_at']).execute();

  await db.schema
    .createTable('chat_agent_status')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('account_id', 'integer', account)
    .addColumn('status', 'text', (c) => c.notNull())
    // Bumped inside a transaction to lock the agent's row while their load is counted (chat limit).
    .addColumn('load_lock', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'chat_agent_status',
    'chat_offline_messages',
    'chat_messages',
    'chats',
    'chat_visitors',
    'chat_department_members',
    'chat_departments',
    'chat_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

import { sql, type Kysely } from 'kysely';
import { dialectOf, withIdColumn } from './column-helpers.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);

  await withIdColumn(db.schema.createTable('accounts'), dialect)
    .addColumn('subdomain', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sell_kind', 'text', (c) => c.notNull().defaultTo('platform'))
    .addColumn('chat_plan', 'text', (c) => c.notNull().defaultTo('team'))
    .addColumn('chat_version', 'text', (c) => c.notNull().defaultTo('phase4'))
    .addColumn('topmost_manager_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await withIdColumn(db.schema.createTable('users'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_lower', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('sell_role', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('sell_full_access', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reports_to_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('chat_role', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('support_role', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('locale', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_account_email').unique().on('users').columns(['account_id', 'email_lower']).execute();
  await db.schema.createIndex('users_reports_to').on('users').column('reports_to_id').execute();
  // Exactly one Chat owner per account: the database refuses a second one.
  await sql`create unique index users_one_chat_owner on users (account_id) where chat_role = 'owner'`.execute(db);

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await withIdColumn(db.schema.createTable('outbox'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('dispatched_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_pending').on('outbox').columns(['dispatched_at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['outbox', 'sessions', 'users', 'accounts']) {
    await db.schema.dropTable(table).execute();
  }
}

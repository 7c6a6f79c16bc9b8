import type { Kysely } from 'kysely';
import { dialectOf, withIdColumn } from './column-helpers.ts';

/** Marketplace: the apps each account installed, and the OAuth clients registered for them. */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await withIdColumn(db.schema.createTable('marketplace_installations'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('product', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull())
    // JSON object: plain values, and sealed (encrypted) values for secret settings.
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('oauth_client_id', 'text')
    .addColumn('access_token_sealed', 'text')
    .addColumn('refresh_token_sealed', 'text')
    .addColumn('token_expires_at', 'text')
    // When the installation first became usable (at once, or after its first sign-in): the app is installed from then on.
    .addColumn('activated_at', 'text')
    // The sign-in in progress: who started it, the PKCE verifier (sealed) and the state (hashed).
    .addColumn('pending_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('pending_verifier_sealed', 'text')
    .addColumn('pending_state_hash', 'text')
    .addColumn('pending_redirect_uri', 'text')
    // While one node refreshes the tokens, the others wait instead of spending the same refresh token.
    .addColumn('refresh_locked_until', 'text')
    .addColumn('created_by_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('marketplace_installations_app')
    .unique()
    .on('marketplace_installations')
    .columns(['account_id', 'app_id'])
    .execute();
  await db.schema
    .createIndex('marketplace_installations_state')
    .unique()
    .on('marketplace_installations')
    .column('pending_state_hash')
    .execute();

  await db.schema
    .createTable('marketplace_oauth_clients')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('app_id', 'text', (c) => c.notNull())
    .addColumn('redirect_uri', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('marketplace_oauth_clients_pk', ['account_id', 'app_id', 'redirect_uri'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('marketplace_oauth_clients').execute();
  await db.schema.dropTable('marketplace_installations').execute();
}

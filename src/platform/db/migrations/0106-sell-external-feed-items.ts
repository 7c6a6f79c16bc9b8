import type { Kysely } from 'kysely';

/**
 * Feed items that another part of the system projects into Sell's feeds (chats, A-5 / W-5). One
 * shared body per source (its summary and its lines, e.g. a chat's transcript) is attached to every
 * record it belongs to by a row in sell_feed_items; `source_group` names who projects it, so a whole
 * group can be hidden and shown again without deleting anything (S-25, O-9).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const account = (c: any) => c.notNull().references('accounts.id').onDelete('cascade');

  await db.schema.alterTable('sell_feed_items').addColumn('source_group', 'text').execute();
  await db.schema.createIndex('sell_feed_items_group').on('sell_feed_items').columns(['account_id', 'source_group', 'source_key']).execute();

  await db.schema
    .createTable('sell_feed_externals')
    .addColumn('account_id', 'integer', account)
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('source_group', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_feed_externals_pk', ['account_id', 'source_key'])
    .execute();

  await db.schema
    .createTable('sell_feed_external_lines')
    .addColumn('account_id', 'integer', account)
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_feed_external_lines_pk', ['account_id', 'source_key', 'seq'])
    .execute();

  await db.schema
    .createTable('sell_feed_hidden_groups')
    .addColumn('account_id', 'integer', account)
    .addColumn('source_group', 'text', (c) => c.notNull())
    .addColumn('hidden_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_feed_hidden_groups_pk', ['account_id', 'source_group'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sell_feed_hidden_groups').execute();
  await db.schema.dropTable('sell_feed_external_lines').execute();
  await db.schema.dropTable('sell_feed_externals').execute();
  await db.schema.dropIndex('sell_feed_items_group').execute();
  await db.schema.alterTable('sell_feed_items').dropColumn('source_group').execute();
}

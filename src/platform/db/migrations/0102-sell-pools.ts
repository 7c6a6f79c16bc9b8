import type { Kysely } from 'kysely';
import { dialectOf, withIdColumn } from './column-helpers.ts';

/** Distribution pools: members in rotation order, the rotation's place, and every pick with its reason (B-4). */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await withIdColumn(db.schema.createTable('sell_pools'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_lower', 'text', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('next_position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sell_pools_name').unique().on('sell_pools').columns(['account_id', 'name_lower']).execute();

  await db.schema
    .createTable('sell_pool_members')
    .addColumn('pool_id', 'integer', (c) => c.notNull().references('sell_pools.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_pool_members_pk', ['pool_id', 'user_id'])
    .execute();

  await withIdColumn(db.schema.createTable('sell_pool_picks'), dialect)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('pool_id', 'integer', (c) => c.notNull().references('sell_pools.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'integer')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sell_pool_picks_pool').on('sell_pool_picks').columns(['pool_id', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['sell_pool_picks', 'sell_pool_members', 'sell_pools']) await db.schema.dropTable(table).execute();
}

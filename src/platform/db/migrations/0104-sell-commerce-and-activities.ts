import type { Kysely } from 'kysely';
import { dialectOf, withIdColumn } from './column-helpers.ts';

/**
 * Sell's product catalogue and orders (one per deal, with line items priced from the catalogue), and
 * the activities around records: calls with their outcomes, collaborators, text messages and visits.
 * Money is stored as decimal strings, never as binary floats.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  const account = (c: any) => c.notNull().references('accounts.id').onDelete('cascade');
  const user = (c: any) => c.references('users.id').onDelete('set null');
  const stamps = <T extends { addColumn: any }>(b: T): T =>
    b.addColumn('created_at', 'text', (c: any) => c.notNull()).addColumn('updated_at', 'text', (c: any) => c.notNull());

  await stamps(
    withIdColumn(db.schema.createTable('sell_products'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('sku', 'text')
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('cost', 'text', (c) => c.notNull().defaultTo('0'))
      .addColumn('cost_currency', 'text', (c) => c.notNull())
      .addColumn('max_discount', 'integer')
      .addColumn('max_markup', 'integer'),
  ).execute();

  // One price per currency; `position` keeps the order the client sent them in.
  await db.schema
    .createTable('sell_product_prices')
    .addColumn('account_id', 'integer', account)
    .addColumn('product_id', 'integer', (c) => c.notNull().references('sell_products.id').onDelete('cascade'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('amount', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_product_prices_pk', ['product_id', 'currency'])
    .execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_orders'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('deal_id', 'integer', (c) => c.notNull().references('sell_deals.id').onDelete('cascade'))
      .addColumn('discount', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  // At most one order per deal.
  await db.schema.createIndex('sell_orders_deal').unique().on('sell_orders').columns(['account_id', 'deal_id']).execute();

  // Name, sku, description and price are copied from the product when the line item is made.
  await stamps(
    withIdColumn(db.schema.createTable('sell_line_items'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('order_id', 'integer', (c) => c.notNull().references('sell_orders.id').onDelete('cascade'))
      .addColumn('product_id', 'integer', (c) => c.references('sell_products.id').onDelete('set null'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sku', 'text')
      .addColumn('description', 'text')
      .addColumn('price', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('variation', 'text', (c) => c.notNull().defaultTo('0'))
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(1)),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_call_outcomes'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('creator_id', 'integer', user),
  ).execute();
  await db.schema.createIndex('sell_call_outcomes_name').unique().on('sell_call_outcomes').columns(['account_id', 'name_lower']).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_calls'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('user_id', 'integer', user)
      .addColumn('resource_type', 'text')
      .addColumn('resource_id', 'integer')
      .addColumn('summary', 'text')
      .addColumn('recording_url', 'text')
      .addColumn('outcome_id', 'integer', (c) => c.references('sell_call_outcomes.id').onDelete('set null'))
      .addColumn('duration', 'integer')
      .addColumn('phone_number', 'text', (c) => c.notNull())
      .addColumn('incoming', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('missed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('external_id', 'text')
      .addColumn('made_at', 'text', (c) => c.notNull()),
  ).execute();

  await db.schema
    .createTable('sell_call_deals')
    .addColumn('account_id', 'integer', account)
    .addColumn('call_id', 'integer', (c) => c.notNull().references('sell_calls.id').onDelete('cascade'))
    .addColumn('deal_id', 'integer', (c) => c.notNull().references('sell_deals.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('sell_call_deals_pk', ['call_id', 'deal_id'])
    .execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_collaborations'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('creator_id', 'integer', user)
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'integer', (c) => c.notNull())
      .addColumn('collaborator_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade')),
  ).execute();
  await db.schema
    .createIndex('sell_collaborations_key')
    .unique()
    .on('sell_collaborations')
    .columns(['account_id', 'resource_type', 'resource_id', 'collaborator_id'])
    .execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_text_messages'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('user_id', 'integer', user)
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'integer', (c) => c.notNull())
      .addColumn('resource_phone_number', 'text')
      .addColumn('user_phone_number', 'text')
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('incoming', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('sent_at', 'text', (c) => c.notNull())
      // JSON text: [deal id, ...]
      .addColumn('associated_deal_ids', 'text', (c) => c.notNull().defaultTo('[]')),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_visit_outcomes'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('name', 'text', (c) => c.notNull()),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_visits'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('creator_id', 'integer', user)
      .addColumn('outcome_id', 'integer', (c) => c.references('sell_visit_outcomes.id').onDelete('set null'))
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'integer', (c) => c.notNull())
      .addColumn('resource_address', 'text')
      .addColumn('rep_location_verification_status', 'text')
      .addColumn('summary', 'text')
      .addColumn('visited_at', 'text', (c) => c.notNull()),
  ).execute();

  for (const [table, columns] of [
    ['sell_products', ['account_id', 'sku']],
    ['sell_line_items', ['account_id', 'order_id']],
    ['sell_calls', ['account_id', 'resource_type', 'resource_id']],
    ['sell_calls', ['account_id', 'user_id']],
    ['sell_call_deals', ['deal_id']],
    ['sell_text_messages', ['account_id', 'resource_type', 'resource_id']],
    ['sell_visits', ['account_id', 'resource_type', 'resource_id']],
  ] as const) {
    await db.schema.createIndex(`${table}_${columns.join('_')}`).on(table).columns([...columns]).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'sell_visits', 'sell_visit_outcomes', 'sell_text_messages', 'sell_collaborations', 'sell_call_deals', 'sell_calls',
    'sell_call_outcomes', 'sell_line_items', 'sell_orders', 'sell_product_prices', 'sell_products',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

import type { Kysely } from 'kysely';
import { dialectOf, withIdColumn } from './column-helpers.ts';

/**
 * Sell's records: leads, contacts, deals in pipelines and stages, notes, tasks, tags, custom
 * fields, lead statuses and the account's named lists (sources, reasons), plus the activity feed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  const account = (c: any) => c.notNull().references('accounts.id').onDelete('cascade');
  const user = (c: any) => c.references('users.id').onDelete('set null');
  const stamps = <T extends { addColumn: any }>(b: T): T =>
    b.addColumn('created_at', 'text', (c: any) => c.notNull()).addColumn('updated_at', 'text', (c: any) => c.notNull());

  await db.schema
    .createTable('sell_settings')
    .addColumn('account_id', 'integer', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
    .addColumn('currency', 'text', (c) => c.notNull().defaultTo('USD'))
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('time_format', 'text', (c) => c.notNull().defaultTo('24H'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_lead_statuses'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('sell_lead_statuses_name').unique().on('sell_lead_statuses').columns(['account_id', 'name_lower']).execute();

  // Lead and deal sources, loss reasons and unqualified reasons: one list per `kind`.
  await stamps(
    withIdColumn(db.schema.createTable('sell_named_items'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('creator_id', 'integer', user),
  ).execute();
  await db.schema.createIndex('sell_named_items_name').unique().on('sell_named_items').columns(['account_id', 'kind', 'name_lower']).execute();

  const personColumns = <T extends { addColumn: any }>(b: T): T =>
    b
      .addColumn('title', 'text')
      .addColumn('description', 'text')
      .addColumn('industry', 'text')
      .addColumn('website', 'text')
      .addColumn('email', 'text')
      .addColumn('email_lower', 'text')
      .addColumn('phone', 'text')
      .addColumn('phone_e164', 'text')
      .addColumn('mobile', 'text')
      .addColumn('mobile_e164', 'text')
      .addColumn('fax', 'text')
      .addColumn('twitter', 'text')
      .addColumn('facebook', 'text')
      .addColumn('linkedin', 'text')
      .addColumn('skype', 'text')
      .addColumn('address', 'text');

  await stamps(
    personColumns(
      withIdColumn(db.schema.createTable('sell_leads'), dialect)
        .addColumn('account_id', 'integer', account)
        .addColumn('owner_id', 'integer', user)
        .addColumn('creator_id', 'integer', user)
        .addColumn('first_name', 'text')
        .addColumn('last_name', 'text')
        .addColumn('organization_name', 'text')
        .addColumn('status', 'text')
        .addColumn('source_id', 'integer', (c) => c.references('sell_named_items.id').onDelete('set null')),
    )
      .addColumn('converted_at', 'text')
      .addColumn('converted_contact_id', 'integer')
      .addColumn('converted_deal_id', 'integer'),
  ).execute();

  await stamps(
    personColumns(
      withIdColumn(db.schema.createTable('sell_contacts'), dialect)
        .addColumn('account_id', 'integer', account)
        .addColumn('owner_id', 'integer', user)
        .addColumn('creator_id', 'integer', user)
        .addColumn('is_organization', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('contact_id', 'integer', (c) => c.references('sell_contacts.id').onDelete('set null'))
        .addColumn('name', 'text')
        .addColumn('first_name', 'text')
        .addColumn('last_name', 'text')
        .addColumn('customer_status', 'text')
        .addColumn('prospect_status', 'text'),
    )
      .addColumn('billing_address', 'text')
      .addColumn('shipping_address', 'text')
      .addColumn('lead_id', 'integer'),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_pipelines'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_stages'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('pipeline_id', 'integer', (c) => c.notNull().references('sell_pipelines.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('likelihood', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('position', 'integer', (c) => c.notNull()),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_deals'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('owner_id', 'integer', user)
      .addColumn('creator_id', 'integer', user)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('contact_id', 'integer', (c) => c.references('sell_contacts.id').onDelete('set null'))
      .addColumn('organization_id', 'integer', (c) => c.references('sell_contacts.id').onDelete('set null'))
      // Money as a decimal string: never a binary float.
      .addColumn('value', 'text', (c) => c.notNull().defaultTo('0'))
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('hot', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('stage_id', 'integer', (c) => c.notNull().references('sell_stages.id'))
      .addColumn('source_id', 'integer', (c) => c.references('sell_named_items.id').onDelete('set null'))
      .addColumn('loss_reason_id', 'integer', (c) => c.references('sell_named_items.id').onDelete('set null'))
      .addColumn('unqualified_reason_id', 'integer', (c) => c.references('sell_named_items.id').onDelete('set null'))
      .addColumn('estimated_close_date', 'text')
      .addColumn('customized_win_likelihood', 'integer')
      .addColumn('last_stage_change_at', 'text')
      .addColumn('last_stage_change_by_id', 'integer', user)
      .addColumn('last_activity_at', 'text')
      .addColumn('added_at', 'text')
      .addColumn('lead_id', 'integer'),
  ).execute();

  await stamps(
    db.schema
      .createTable('sell_deal_contacts')
      .addColumn('account_id', 'integer', account)
      .addColumn('deal_id', 'integer', (c) => c.notNull().references('sell_deals.id').onDelete('cascade'))
      .addColumn('contact_id', 'integer', (c) => c.notNull().references('sell_contacts.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull().defaultTo('involved'))
      .addPrimaryKeyConstraint('sell_deal_contacts_pk', ['deal_id', 'contact_id']),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_notes'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('creator_id', 'integer', user)
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'integer', (c) => c.notNull())
      .addColumn('content', 'text', (c) => c.notNull()),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_tasks'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('creator_id', 'integer', user)
      .addColumn('owner_id', 'integer', user)
      .addColumn('resource_type', 'text')
      .addColumn('resource_id', 'integer')
      .addColumn('content', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text')
      .addColumn('remind_at', 'text')
      .addColumn('completed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('completed_at', 'text'),
  ).execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_tags'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('creator_id', 'integer', user)
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('sell_tags_name').unique().on('sell_tags').columns(['account_id', 'resource_type', 'name_lower']).execute();

  await db.schema
    .createTable('sell_taggings')
    .addColumn('account_id', 'integer', account)
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'integer', (c) => c.notNull())
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('sell_tags.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('sell_taggings_pk', ['resource_type', 'resource_id', 'tag_id'])
    .execute();

  await stamps(
    withIdColumn(db.schema.createTable('sell_custom_fields'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_lower', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('choices', 'text')
      .addColumn('filterable', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('for_contact', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('for_organisation', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('sell_custom_fields_name').unique().on('sell_custom_fields').columns(['account_id', 'resource_type', 'name_lower']).execute();

  // Values as JSON text, one row per (record, field): filterable the same way on both databases.
  await db.schema
    .createTable('sell_custom_values')
    .addColumn('account_id', 'integer', account)
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'integer', (c) => c.notNull())
    .addColumn('field_id', 'integer', (c) => c.notNull().references('sell_custom_fields.id').onDelete('cascade'))
    .addColumn('value', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sell_custom_values_pk', ['resource_type', 'resource_id', 'field_id'])
    .execute();
  await db.schema.createIndex('sell_custom_values_filter').on('sell_custom_values').columns(['field_id', 'value']).execute();

  // The activity feed: one row per thing that happened, keyed so a replayed event updates, never duplicates.
  await stamps(
    withIdColumn(db.schema.createTable('sell_feed_items'), dialect)
      .addColumn('account_id', 'integer', account)
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'integer', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('source_key', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'integer', user)
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('occurred_at', 'text', (c) => c.notNull())
      .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await db.schema.createIndex('sell_feed_items_source').unique().on('sell_feed_items').columns(['account_id', 'resource_type', 'resource_id', 'source_key']).execute();
  await db.schema.createIndex('sell_feed_items_timeline').on('sell_feed_items').columns(['account_id', 'resource_type', 'resource_id', 'occurred_at', 'id']).execute();

  for (const [table, columns] of [
    ['sell_leads', ['account_id', 'owner_id']],
    ['sell_leads', ['account_id', 'updated_at']],
    ['sell_leads', ['account_id', 'email_lower']],
    ['sell_leads', ['account_id', 'phone_e164']],
    ['sell_contacts', ['account_id', 'owner_id']],
    ['sell_contacts', ['account_id', 'last_name']],
    ['sell_contacts', ['account_id', 'email_lower']],
    ['sell_contacts', ['account_id', 'phone_e164']],
    ['sell_contacts', ['account_id', 'contact_id']],
    ['sell_deals', ['account_id', 'owner_id']],
    ['sell_deals', ['account_id', 'stage_id']],
    ['sell_deals', ['account_id', 'contact_id']],
    ['sell_stages', ['account_id', 'pipeline_id']],
    ['sell_notes', ['account_id', 'resource_type', 'resource_id']],
    ['sell_tasks', ['account_id', 'resource_type', 'resource_id']],
    ['sell_tasks', ['account_id', 'owner_id']],
    ['sell_custom_values', ['resource_type', 'resource_id']],
    ['sell_taggings', ['tag_id']],
  ] as const) {
    await db.schema.createIndex(`${table}_${columns.join('_')}`).on(table).columns([...columns]).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'sell_feed_items', 'sell_custom_values', 'sell_custom_fields', 'sell_taggings', 'sell_tags', 'sell_tasks', 'sell_notes',
    'sell_deal_contacts', 'sell_deals', 'sell_stages', 'sell_pipelines', 'sell_contacts', 'sell_leads', 'sell_named_items',
    'sell_lead_statuses', 'sell_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

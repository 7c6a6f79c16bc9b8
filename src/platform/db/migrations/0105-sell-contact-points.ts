import type { Kysely } from 'kysely';
import { DEFAULT_PHONE_COUNTRY, emailKey, phoneKey } from '../../contact-keys.ts';

/**
 * The matching keys of leads and contacts (O-5): one row per email or phone number a record carries
 * (standard fields and custom fields of type email or phone), normalised, so a chat visitor is found
 * among millions of records with one index lookup. Sell keeps the rows in step with every write; this
 * migration fills them in for the records that already exist. Also: the account's phone country (how
 * numbers written without "+" are read) and the indexes that find a contact's deals.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sell_contact_points')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('custom_field_id', 'integer', (c) => c.references('sell_custom_fields.id').onDelete('cascade'))
    .execute();
  await db.schema.createIndex('sell_contact_points_lookup').on('sell_contact_points').columns(['account_id', 'kind', 'value']).execute();
  await db.schema.createIndex('sell_contact_points_record').on('sell_contact_points').columns(['account_id', 'resource_type', 'resource_id']).execute();
  await db.schema.createIndex('sell_deals_account_id_organization_id').on('sell_deals').columns(['account_id', 'organization_id']).execute();
  await db.schema.createIndex('sell_deal_contacts_contact').on('sell_deal_contacts').columns(['account_id', 'contact_id']).execute();
  await db.schema.alterTable('sell_settings').addColumn('phone_country', 'text').execute();
  await backfill(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sell_settings').dropColumn('phone_country').execute();
  await db.schema.dropIndex('sell_deal_contacts_contact').execute();
  await db.schema.dropIndex('sell_deals_account_id_organization_id').execute();
  await db.schema.dropTable('sell_contact_points').execute();
}

type Point = { account_id: number; resource_type: string; resource_id: number; kind: string; value: string; field: string; custom_field_id: number | null };

const BATCH = 500;

// A snapshot of the rules in src/sell/contact-points at the time of writing (a migration must not change
// when the code does): no account has a phone country yet, so every number is read with the default.
async function backfill(db: Kysely<any>) {
  for (const [table, resourceType] of [['sell_leads', 'lead'], ['sell_contacts', 'contact']] as const) {
    for (let after = 0; ; ) {
      let query = db.selectFrom(table).select(['id', 'account_id', 'email', 'phone', 'mobile']).where('id', '>', after).orderBy('id').limit(BATCH);
      if (table === 'sell_leads') query = query.where('converted_at', 'is', null);
      const rows = await query.execute();
      if (rows.length === 0) break;
      await insert(
        db,
        rows.flatMap((r) =>
          [
            point(r.account_id, resourceType, r.id, 'email', emailKey(r.email), 'email', null),
            point(r.account_id, resourceType, r.id, 'phone', phoneKey(r.phone, DEFAULT_PHONE_COUNTRY), 'phone', null),
            point(r.account_id, resourceType, r.id, 'phone', phoneKey(r.mobile, DEFAULT_PHONE_COUNTRY), 'mobile', null),
          ].filter((p): p is Point => p !== null),
        ),
      );
      after = rows[rows.length - 1]!.id;
    }
  }
  const fields = await db.selectFrom('sell_custom_fields').select(['id', 'account_id', 'resource_type', 'type']).where('type', 'in', ['email', 'phone']).where('resource_type', 'in', ['lead', 'contact']).execute();
  for (const f of fields) {
    for (let after = 0; ; ) {
      let query = db
        .selectFrom('sell_custom_values as v')
        .select(['v.resource_id', 'v.value'])
        .where('v.resource_type', '=', f.resource_type)
        .where('v.resource_id', '>', after)
        .where('v.field_id', '=', f.id)
        .orderBy('v.resource_id')
        .limit(BATCH);
      if (f.resource_type === 'lead') query = query.innerJoin('sell_leads as l', 'l.id', 'v.resource_id').where('l.converted_at', 'is', null);
      const rows = await query.execute();
      if (rows.length === 0) break;
      await insert(
        db,
        rows
          .map((r) => {
            const raw = JSON.parse(r.value) as unknown;
            const text = typeof raw === 'string' ? raw : null;
            const value = f.type === 'email' ? emailKey(text) : phoneKey(text, DEFAULT_PHONE_COUNTRY);
            return point(f.account_id, f.resource_type, r.resource_id, f.type, value, 'custom', f.id);
          })
          .filter((p): p is Point => p !== null),
      );
      after = rows[rows.length - 1]!.resource_id;
    }
  }
}

function point(account_id: number, resource_type: string, resource_id: number, kind: string, value: string | null, field: string, custom_field_id: number | null): Point | null {
  return value === null ? null : { account_id, resource_type, resource_id, kind, value, field, custom_field_id };
}

async function insert(db: Kysely<any>, points: Point[]) {
  if (points.length > 0) await db.insertInto('sell_contact_points').values(points).execute();
}

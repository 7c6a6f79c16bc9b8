import type { Insertable, Kysely } from 'kysely';
import { reusableQuery } from '../../platform/db/reusable-query.ts';
import type { ContactPointRecordType, SellDatabase, SellExecutor, SellTables } from '../sell-tables.ts';
import type { ContactPoint, CustomDetail, StandardDetails } from './contact-point-rules.ts';

export type ContactPointRow = Insertable<SellTables['sell_contact_points']>;

const tableOf = { lead: 'sell_leads', contact: 'sell_contacts' } as const;

/** The contact details of one record; undefined when it is gone or is a converted lead (its contact matches instead). */
export async function detailsOfRecord(db: SellExecutor, accountId: number, type: ContactPointRecordType, id: number): Promise<StandardDetails | undefined> {
  if (type === 'lead') {
    const lead = await db.selectFrom('sell_leads').select(['email', 'phone', 'mobile', 'converted_at']).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
    return lead && !lead.converted_at ? lead : undefined;
  }
  return db.selectFrom('sell_contacts').select(['email', 'phone', 'mobile']).where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** Stored values of the custom fields of type email or phone, for some records of one type. */
export async function customDetailsOf(db: SellExecutor, accountId: number, type: ContactPointRecordType, ids: number[]): Promise<Map<number, CustomDetail[]>> {
  const byRecord = new Map<number, CustomDetail[]>();
  if (ids.length === 0) return byRecord;
  const rows = await db
    .selectFrom('sell_custom_values as v')
    .innerJoin('sell_custom_fields as f', 'f.id', 'v.field_id')
    .select(['v.resource_id', 'v.field_id', 'f.type', 'v.value'])
    .where('v.account_id', '=', accountId)
    .where('v.resource_type', '=', type)
    .where('v.resource_id', 'in', ids)
    .where('f.type', 'in', ['email', 'phone'])
    .execute();
  for (const r of rows) byRecord.set(r.resource_id, [...(byRecord.get(r.resource_id) ?? []), { fieldId: r.field_id, type: r.type, value: r.value }]);
  return byRecord;
}

export function pointsOfRecord(db: SellExecutor, accountId: number, type: ContactPointRecordType, id: number): Promise<ContactPoint[]> {
  return db
    .selectFrom('sell_contact_points')
    .select(['kind', 'value', 'field', 'custom_field_id'])
    .where('account_id', '=', accountId)
    .where('resource_type', '=', type)
    .where('resource_id', '=', id)
    .execute() as Promise<ContactPoint[]>;
}

export async function replacePointsOfRecord(db: SellExecutor, accountId: number, type: ContactPointRecordType, id: number, points: ContactPoint[]) {
  await db.deleteFrom('sell_contact_points').where('account_id', '=', accountId).where('resource_type', '=', type).where('resource_id', '=', id).execute();
  await insertContactPoints(
    db,
    points.map((p) => ({ account_id: accountId, resource_type: type, resource_id: id, ...p })),
  );
}

/** Many rows at once (bulk seeding, rebuilds), in slices that stay under both databases' parameter limits. */
export async function insertContactPoints(db: SellExecutor, rows: ContactPointRow[]) {
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('sell_contact_points').values(rows.slice(i, i + 1000)).execute();
}

export function deletePhonePoints(db: SellExecutor, accountId: number) {
  return db.deleteFrom('sell_contact_points').where('account_id', '=', accountId).where('kind', '=', 'phone').execute();
}

/** A page of an account's records with their contact details, in id order (converted leads left out). */
export function recordDetailsPage(db: SellExecutor, accountId: number, type: ContactPointRecordType, afterId: number, limit: number) {
  let query = db
    .selectFrom(tableOf[type] as 'sell_contacts')
    .select(['id', 'email', 'phone', 'mobile'])
    .where('account_id', '=', accountId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit);
  if (type === 'lead') query = query.where((eb) => eb(eb.ref('converted_at' as 'name'), 'is', null));
  return query.execute();
}

export type PointMatchRow = {
  resource_type: ContactPointRecordType;
  resource_id: number;
  kind: 'email' | 'phone';
  field: ContactPoint['field'];
  custom_field_id: number | null;
  owner_id: number | null;
  updated_at: string | null;
};

/**
 * The records carrying this email or this phone number, with what decides their order and visibility.
 * Compiled once: this runs for every chat a visitor starts.
 */
export const findPointMatches = reusableQuery((db: Kysely<SellDatabase>, accountId: number, email: string | null, phone: string | null) =>
  db
    .selectFrom('sell_contact_points as p')
    .leftJoin('sell_leads as l', (join) => join.onRef('l.id', '=', 'p.resource_id').on('p.resource_type', '=', 'lead'))
    .leftJoin('sell_contacts as c', (join) => join.onRef('c.id', '=', 'p.resource_id').on('p.resource_type', '=', 'contact'))
    .select((eb) => [
      'p.resource_type',
      'p.resource_id',
      'p.kind',
      'p.field',
      'p.custom_field_id',
      eb.fn.coalesce('l.owner_id', 'c.owner_id').as('owner_id'),
      eb.fn.coalesce('l.updated_at', 'c.updated_at').as('updated_at'),
    ])
    // Equalities on every column of (account_id, kind, value): SQLite and PostgreSQL both probe the index
    // for each pair (an OR of the two pairs lets SQLite fall back to scanning the account). An email key
    // always holds "@" and a phone key never does, so a value cannot match under the other kind.
    .where('p.account_id', '=', accountId)
    .where('p.kind', 'in', ['email', 'phone'])
    .where('p.value', 'in', [email, phone]),
);

import { sql, type SelectQueryBuilder } from 'kysely';
import type { DialectName } from '../../platform/db/connect.ts';
import { jsonTextField } from '../../platform/db/json-text.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { checkCustomValue, type Choice, type CustomFieldType } from '../custom-fields/field-types.ts';
import type { CustomFieldRow } from '../custom-fields/custom-fields.repo.ts';
import type { ResourceType, SellDatabase } from '../sell-tables.ts';
import type { Visibility } from '../visibility.ts';
import type { ListRequest } from './list-request.ts';
import { recordInView } from './visibility-conditions.ts';

type Query = SelectQueryBuilder<SellDatabase, any, any>;

const NEVER_EMPTY = new Set(['id', 'created_at', 'updated_at']);

export type ListTarget = {
  table: 'sell_leads' | 'sell_contacts' | 'sell_deals';
  resourceType: ResourceType;
  dialect: DialectName;
  /** columns the `q` search looks in (lower-cased) */
  searchColumns: string[];
  customFields: CustomFieldRow[];
  /** the account's phone country, for filters on custom phone fields */
  phoneCountry: string;
};

export const invalidParam = (param: string, details: string) =>
  new AppError(400, 'invalid_param', `Invalid query parameter: ${param}`, [{ field: param, code: 'invalid_param', message: details }]);

/** Applies visibility, filters, search, sort and page to a list query (fetching one extra row to see if more follow). */
export function applyListRequest(query: Query, target: ListTarget, request: ListRequest, visibility: Visibility): Query {
  const { table } = target;
  const col = (name: string) => sql.ref(`${table}.${name}`);
  let q = query;
  if (!visibility.all) q = q.where((eb) => recordInView(eb, table, target.resourceType, visibility));
  if (request.ids) q = q.where(col('id'), 'in', request.ids.length ? request.ids : [-1]);
  for (const [column, value] of Object.entries(request.equals)) {
    q = value === null ? q.where(col(column), 'is', null) : q.where(col(column), '=', value);
  }
  for (const [key, value] of Object.entries(request.address)) {
    q = q.where(sql`lower(${jsonTextField(target.dialect, table, 'address', key)})`, '=', value.toLowerCase());
  }
  for (const [name, raw] of Object.entries(request.custom)) {
    const field = target.customFields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (!field || !field.filterable) throw invalidParam(`custom_fields[${name}]`, `No filterable ${target.resourceType} custom field is named "${name}".`);
    const checked = checkCustomValue(field.type as CustomFieldType, field.choices ? (JSON.parse(field.choices) as Choice[]) : [], raw, target.phoneCountry);
    if (!checked.ok) throw invalidParam(`custom_fields[${name}]`, checked.message);
    const stored = JSON.stringify(checked.value);
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('sell_custom_values as cv')
          .select(sql.lit(1).as('one'))
          .where('cv.resource_type', '=', target.resourceType)
          .whereRef('cv.resource_id', '=', sql.ref(`${table}.id`) as never)
          .where('cv.field_id', '=', field.id)
          .where('cv.value', '=', stored),
      ),
    );
  }
  if (request.q?.trim()) {
    const needle = `%${request.q.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or(target.searchColumns.map((c) => eb(sql`lower(${col(c)})`, 'like', sql`${needle} escape '\\'`))));
  }
  const { field, direction } = request.sort;
  // Empty values sort last going up and first going down on both databases (SQLite and PostgreSQL
  // disagree by default). Columns that are never empty keep a plain order, which their index serves.
  if (!NEVER_EMPTY.has(field)) q = q.orderBy(sql`${col(field)} is null`, direction);
  q = q.orderBy(col(field), direction);
  if (field !== 'id') q = q.orderBy(col('id'), direction);
  return q.limit(request.perPage + 1).offset((request.page - 1) * request.perPage);
}

import type { Insertable, Kysely, Selectable } from 'kysely';
import { reusableQuery } from '../../platform/db/reusable-query.ts';
import type { ResourceType, SellDatabase, SellExecutor, SellTables } from '../sell-tables.ts';

export type CustomFieldRow = Selectable<SellTables['sell_custom_fields']>;

// Compiled once: a chat's visitor card reads them whenever a custom field is on it.
const customFieldsOfType = reusableQuery((db: Kysely<SellDatabase>, accountId: number, resourceType: ResourceType) =>
  db.selectFrom('sell_custom_fields').selectAll().where('account_id', '=', accountId).where('resource_type', '=', resourceType).orderBy('position').orderBy('id'),
);

export async function listCustomFields(db: SellExecutor, accountId: number, resourceType: ResourceType): Promise<CustomFieldRow[]> {
  return (await customFieldsOfType(db, accountId, resourceType)).rows;
}

export function insertCustomField(db: SellExecutor, values: Insertable<SellTables['sell_custom_fields']>) {
  return db.insertInto('sell_custom_fields').values(values).returningAll().executeTakeFirstOrThrow();
}

export function deleteCustomField(db: SellExecutor, accountId: number, id: number) {
  return db.deleteFrom('sell_custom_fields').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function valuesFor(db: SellExecutor, accountId: number, resourceType: ResourceType, resourceIds: number[]) {
  if (resourceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('sell_custom_values')
    .select(['resource_id', 'field_id', 'value'])
    .where('account_id', '=', accountId)
    .where('resource_type', '=', resourceType)
    .where('resource_id', 'in', resourceIds)
    .execute();
}

export async function setValue(db: SellExecutor, accountId: number, resourceType: ResourceType, resourceId: number, fieldId: number, value: string | null) {
  await db
    .deleteFrom('sell_custom_values')
    .where('resource_type', '=', resourceType)
    .where('resource_id', '=', resourceId)
    .where('field_id', '=', fieldId)
    .execute();
  if (value !== null) {
    await db.insertInto('sell_custom_values').values({ account_id: accountId, resource_type: resourceType, resource_id: resourceId, field_id: fieldId, value }).execute();
  }
}

export function deleteValuesOf(db: SellExecutor, resourceType: ResourceType, resourceId: number) {
  return db.deleteFrom('sell_custom_values').where('resource_type', '=', resourceType).where('resource_id', '=', resourceId).execute();
}

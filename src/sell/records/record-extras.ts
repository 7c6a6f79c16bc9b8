import { readCustomValues, type CustomValues } from '../custom-fields/custom-values.ts';
import type { ResourceType, SellExecutor } from '../sell-tables.ts';
import { readTags } from '../tags/taggings.ts';

export type RecordExtras = { tags: string[]; custom_fields: CustomValues };

/** Tags and custom field values of many records in two queries, for lists and single reads alike. */
export async function readExtras(db: SellExecutor, accountId: number, resourceType: ResourceType, ids: number[]) {
  const [tags, custom] = await Promise.all([readTags(db, accountId, resourceType, ids), readCustomValues(db, accountId, resourceType, ids)]);
  return new Map<number, RecordExtras>(ids.map((id) => [id, { tags: tags.get(id) ?? [], custom_fields: custom.get(id) ?? {} }]));
}

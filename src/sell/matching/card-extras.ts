import type { Kysely } from 'kysely';
import type { RecordExtras } from '../records/record-extras.ts';
import type { ContactPointRecordType, SellDatabase } from '../sell-tables.ts';
import { customFieldNames, customValuesOfTwo, tagsOfTwo } from './match-cards.repo.ts';

/**
 * Tags and custom values (by field name, as the API shows them) of a record and optionally one other
 * of the same type: what readExtras gives, through compiled queries for the card's hot path.
 */
export async function cardExtras(db: Kysely<SellDatabase>, accountId: number, type: ContactPointRecordType, id: number, otherId: number | null) {
  const [tags, values] = await Promise.all([tagsOfTwo(db, accountId, type, id, otherId ?? -1), customValuesOfTwo(db, accountId, type, id, otherId ?? -1)]);
  const names = values.rows.length ? new Map((await customFieldNames(db, accountId, type)).rows.map((f) => [f.id, f.name])) : new Map<number, string>();
  const extrasOf = (recordId: number): RecordExtras => {
    const custom: RecordExtras['custom_fields'] = {};
    for (const v of values.rows) {
      const name = v.resource_id === recordId ? names.get(v.field_id) : undefined;
      if (name !== undefined) custom[name] = JSON.parse(v.value);
    }
    return { tags: tags.rows.filter((t) => t.resource_id === recordId).map((t) => t.name), custom_fields: custom };
  };
  return extrasOf;
}

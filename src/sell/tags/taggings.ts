import { nowIso } from '../../platform/db/time.ts';
import type { ResourceType, SellExecutor } from '../sell-tables.ts';

/** Tag names of each record, sorted. */
export async function readTags(db: SellExecutor, accountId: number, resourceType: ResourceType, ids: number[]) {
  const byRecord = new Map<number, string[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return byRecord;
  const rows = await db
    .selectFrom('sell_taggings')
    .innerJoin('sell_tags', 'sell_tags.id', 'sell_taggings.tag_id')
    .select(['sell_taggings.resource_id', 'sell_tags.name'])
    .where('sell_taggings.account_id', '=', accountId)
    .where('sell_taggings.resource_type', '=', resourceType)
    .where('sell_taggings.resource_id', 'in', ids)
    .orderBy('sell_tags.name')
    .execute();
  for (const row of rows) byRecord.get(row.resource_id)?.push(row.name);
  return byRecord;
}

/** Replaces a record's whole tag set (a PUT with `tags` replaces, as the API says); new names become tags. */
export async function writeTags(db: SellExecutor, accountId: number, actorId: number | null, resourceType: ResourceType, resourceId: number, names: string[]) {
  const wanted = [...new Map(names.map((n) => n.trim()).filter(Boolean).map((n) => [n.toLowerCase(), n])).entries()];
  await db.deleteFrom('sell_taggings').where('resource_type', '=', resourceType).where('resource_id', '=', resourceId).execute();
  if (wanted.length === 0) return;
  const existing = await db
    .selectFrom('sell_tags')
    .select(['id', 'name_lower'])
    .where('account_id', '=', accountId)
    .where('resource_type', '=', resourceType)
    .where('name_lower', 'in', wanted.map(([lower]) => lower))
    .execute();
  const idByName = new Map(existing.map((t) => [t.name_lower, t.id]));
  const now = nowIso();
  for (const [lower, name] of wanted) {
    if (!idByName.has(lower)) {
      const tag = await db
        .insertInto('sell_tags')
        .values({ account_id: accountId, creator_id: actorId, resource_type: resourceType, name, name_lower: lower, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      idByName.set(lower, tag.id);
    }
  }
  await db
    .insertInto('sell_taggings')
    .values(wanted.map(([lower]) => ({ account_id: accountId, resource_type: resourceType, resource_id: resourceId, tag_id: idByName.get(lower)! })))
    .execute();
}

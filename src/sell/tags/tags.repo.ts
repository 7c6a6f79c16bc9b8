import type { Selectable } from 'kysely';
import type { ResourceType, SellExecutor, SellTables } from '../sell-tables.ts';

export type TagRow = Selectable<SellTables['sell_tags']>;

export function findTag(db: SellExecutor, accountId: number, id: number) {
  return db.selectFrom('sell_tags').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function findTagByName(db: SellExecutor, accountId: number, resourceType: ResourceType, name: string) {
  return db
    .selectFrom('sell_tags')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('resource_type', '=', resourceType)
    .where('name_lower', '=', name.trim().toLowerCase())
    .executeTakeFirst();
}

import type { Selectable } from 'kysely';
import type { SellExecutor, SellTables } from '../sell-tables.ts';

export type PoolRow = Selectable<SellTables['sell_pools']>;
export type PoolMember = { user_id: number; name: string; active: number; sell_role: string; position: number };

export function findPool(db: SellExecutor, accountId: number, id: number) {
  return db.selectFrom('sell_pools').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function listPools(db: SellExecutor, accountId: number) {
  return db.selectFrom('sell_pools').selectAll().where('account_id', '=', accountId).orderBy('name_lower').orderBy('id').execute();
}

/** Members in rotation order, with what decides whether they can be picked. */
export function poolMembers(db: SellExecutor, poolIds: number[]) {
  if (poolIds.length === 0) return Promise.resolve([] as (PoolMember & { pool_id: number })[]);
  return db
    .selectFrom('sell_pool_members')
    .innerJoin('users', 'users.id', 'sell_pool_members.user_id')
    .select(['sell_pool_members.pool_id', 'sell_pool_members.user_id', 'sell_pool_members.position', 'users.name', 'users.active', 'users.sell_role'])
    .where('sell_pool_members.pool_id', 'in', poolIds)
    .orderBy('sell_pool_members.position')
    .execute();
}

export async function replaceMembers(db: SellExecutor, poolId: number, userIds: number[]) {
  await db.deleteFrom('sell_pool_members').where('pool_id', '=', poolId).execute();
  if (userIds.length) {
    await db.insertInto('sell_pool_members').values(userIds.map((user_id, position) => ({ pool_id: poolId, user_id, position }))).execute();
  }
}

export function recentPicks(db: SellExecutor, accountId: number, poolId: number, limit: number) {
  return db
    .selectFrom('sell_pool_picks')
    .innerJoin('users', 'users.id', 'sell_pool_picks.user_id')
    .selectAll('sell_pool_picks')
    .select('users.name as user_name')
    .where('sell_pool_picks.account_id', '=', accountId)
    .where('sell_pool_picks.pool_id', '=', poolId)
    .orderBy('sell_pool_picks.id', 'desc')
    .limit(limit)
    .execute();
}

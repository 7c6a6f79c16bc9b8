import { apiTime } from '../records/api-time.ts';
import type { SellExecutor } from '../sell-tables.ts';
import { poolMembers, type PoolRow } from './pools.repo.ts';
import { nextInRotation } from './rotation.ts';

/** Pools with their members in rotation order and who the next record would go to. */
export async function presentPools(db: SellExecutor, pools: PoolRow[]) {
  const members = await poolMembers(db, pools.map((p) => p.id));
  return pools.map((pool) => {
    const own = members.filter((m) => m.pool_id === pool.id);
    return {
      id: pool.id,
      name: pool.name,
      resource_type: pool.resource_type,
      members: own.map((m) => ({ user_id: m.user_id, name: m.name, active: m.active === 1 && m.sell_role !== 'none', position: m.position })),
      next_user_id: nextInRotation(own, pool.next_position)?.member.user_id ?? null,
      created_at: apiTime(pool.created_at),
      updated_at: apiTime(pool.updated_at),
    };
  });
}

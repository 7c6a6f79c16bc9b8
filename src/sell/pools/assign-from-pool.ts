import { nowIso } from '../../platform/db/time.ts';
import { AppError, invalid } from '../../platform/http/app-error.ts';
import type { ResourceType, SellExecutor } from '../sell-tables.ts';
import { poolMembers } from './pools.repo.ts';
import { nextInRotation, pickReason } from './rotation.ts';

export type PoolAssignment = { userId: number; reason: string; pickId: number };

/**
 * Picks the owner of a new record from a pool: one rotation shared by every entry point (API, web,
 * integrations), deactivated members skipped, the reason recorded (B-4). Call it inside the transaction
 * that creates the record; the pool row is updated first, so concurrent picks queue up on it.
 */
export async function assignFromPool(trx: SellExecutor, accountId: number, poolId: number, resourceType: ResourceType): Promise<PoolAssignment> {
  const pool = await trx
    .updateTable('sell_pools')
    .set({ updated_at: nowIso() })
    .where('account_id', '=', accountId)
    .where('id', '=', poolId)
    .returningAll()
    .executeTakeFirst();
  if (!pool) throw invalid('pool_id', `No distribution pool with id ${poolId} in this account.`);
  if (pool.resource_type !== resourceType) throw invalid('pool_id', `Pool "${pool.name}" distributes ${pool.resource_type}s, not ${resourceType}s.`);
  const members = await poolMembers(trx, [pool.id]);
  const pick = nextInRotation(members, pool.next_position);
  if (!pick) {
    throw new AppError(422, 'validation_failed', 'Some fields are not valid.', [
      { field: 'pool_id', code: 'incorrect_value', message: `Pool "${pool.name}" has no active member to assign to. Ask a Sell admin to add one.` },
    ]);
  }
  await trx.updateTable('sell_pools').set({ next_position: pick.index + 1 }).where('id', '=', pool.id).execute();
  const reason = pickReason(pick);
  const row = await trx
    .insertInto('sell_pool_picks')
    .values({ account_id: accountId, pool_id: pool.id, user_id: pick.member.user_id, resource_type: resourceType, resource_id: null, reason, created_at: nowIso() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { userId: pick.member.user_id, reason, pickId: row.id };
}

/** Once the record exists, the pick names it. */
export async function notePickedRecord(trx: SellExecutor, pickId: number, resourceId: number) {
  await trx.updateTable('sell_pool_picks').set({ resource_id: resourceId }).where('id', '=', pickId).execute();
}

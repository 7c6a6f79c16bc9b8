import { invalid } from '../../platform/http/app-error.ts';
import { assignFromPool, notePickedRecord, type PoolAssignment } from '../pools/assign-from-pool.ts';
import type { SellContext } from '../sell-context.ts';
import type { ResourceType, SellExecutor } from '../sell-tables.ts';

/** A record's owner is named or picked by a distribution pool, never both. */
export function refuseOwnerAndPool(input: { owner_id?: number | null | undefined; pool_id?: number | undefined }) {
  if (input.pool_id !== undefined && input.owner_id) throw invalid('pool_id', 'Send owner_id or pool_id, not both.');
}

/**
 * Inside the transaction that writes the record: the owner the pool picks (its rotation moves on,
 * the pick is recorded), or the owner already chosen when no pool was sent.
 */
export async function ownerFromPool(
  trx: SellExecutor,
  ctx: SellContext,
  resourceType: ResourceType,
  poolId: number | undefined,
  chosen: number | null,
): Promise<{ ownerId: number | null; assignment: PoolAssignment | null }> {
  if (poolId === undefined) return { ownerId: chosen, assignment: null };
  const assignment = await assignFromPool(trx, ctx.account.id, poolId, resourceType);
  return { ownerId: assignment.userId, assignment };
}

/** Once the record exists, the pool's pick names it. */
export async function notePoolPick(trx: SellExecutor, assignment: PoolAssignment | null, resourceId: number) {
  if (assignment) await notePickedRecord(trx, assignment.pickId, resourceId);
}

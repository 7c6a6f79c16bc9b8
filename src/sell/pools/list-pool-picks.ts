import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { apiTime } from '../records/api-time.ts';
import { sellContext } from '../sell-context.ts';
import { findPool, recentPicks } from './pools.repo.ts';

/** B-4: who each recent record went to, and why. */
export async function listPoolPicks(opCtx: OpContext, poolId: number, limit: number) {
  const ctx = await sellContext(opCtx);
  if (!(await findPool(ctx.sell, ctx.account.id, poolId))) throw notFound('That pool');
  const picks = await recentPicks(ctx.sell, ctx.account.id, poolId, limit);
  return picks.map((p) => ({
    id: p.id,
    user_id: p.user_id,
    user_name: p.user_name,
    resource_type: p.resource_type,
    resource_id: p.resource_id,
    reason: p.reason,
    created_at: apiTime(p.created_at),
  }));
}

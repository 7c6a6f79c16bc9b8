import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { invalid, notFound } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import { checkMembers } from './check-members.ts';
import { poolInputSchema } from './pool-input.ts';
import { poolNameTaken } from './pool-name-taken.ts';
import { findPool, poolMembers, replaceMembers } from './pools.repo.ts';

/**
 * Renames a pool or sets its members in rotation order. The rotation carries on from the member who
 * was next, wherever they now stand; new members join where they are placed (the end, by default).
 */
export async function updatePool(opCtx: OpContext, id: number, raw: unknown) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'manage distribution pools');
  const input = poolInputSchema.parse(raw);
  const pool = await findPool(ctx.sell, ctx.account.id, id);
  if (!pool) throw notFound('That pool');
  if (input.resource_type && input.resource_type !== pool.resource_type) throw invalid('resource_type', 'A pool keeps its record type.');
  if (input.member_ids) await checkMembers(ctx.sell, ctx.account.id, input.member_ids);
  try {
    return await ctx.sell.transaction().execute(async (trx) => {
      let nextPosition = pool.next_position;
      if (input.member_ids) {
        const before = await poolMembers(trx, [pool.id]);
        const nextUser = before.length ? before[pool.next_position % before.length]!.user_id : null;
        const stillThere = nextUser === null ? -1 : input.member_ids.indexOf(nextUser);
        nextPosition = stillThere >= 0 ? stillThere : 0;
        await replaceMembers(trx, pool.id, input.member_ids);
      }
      return trx
        .updateTable('sell_pools')
        .set({ ...(input.name ? { name: input.name, name_lower: input.name.toLowerCase() } : {}), next_position: nextPosition, updated_at: nowIso() })
        .where('id', '=', pool.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw poolNameTaken(input.name ?? pool.name);
    throw error;
  }
}

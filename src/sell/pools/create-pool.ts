import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import { checkMembers } from './check-members.ts';
import { poolInputSchema } from './pool-input.ts';
import { poolNameTaken } from './pool-name-taken.ts';
import { replaceMembers } from './pools.repo.ts';

export async function createPool(opCtx: OpContext, raw: unknown) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'manage distribution pools');
  const input = poolInputSchema.required({ name: true, resource_type: true }).parse(raw);
  const memberIds = input.member_ids ?? [];
  await checkMembers(ctx.sell, ctx.account.id, memberIds);
  try {
    return await ctx.sell.transaction().execute(async (trx) => {
      const now = nowIso();
      const pool = await trx
        .insertInto('sell_pools')
        .values({ account_id: ctx.account.id, name: input.name, name_lower: input.name.toLowerCase(), resource_type: input.resource_type, next_position: 0, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      await replaceMembers(trx, pool.id, memberIds);
      return pool;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw poolNameTaken(input.name);
    throw error;
  }
}

import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import { findPool } from './pools.repo.ts';

/** Records a pool assigned keep their owners; only the rotation goes. */
export async function deletePool(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'manage distribution pools');
  if (!(await findPool(ctx.sell, ctx.account.id, id))) throw notFound('That pool');
  await ctx.sell.deleteFrom('sell_pools').where('account_id', '=', ctx.account.id).where('id', '=', id).execute();
}

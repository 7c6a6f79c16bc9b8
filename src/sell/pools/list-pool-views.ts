import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { presentPools } from './pool-view.ts';
import { listPools } from './pools.repo.ts';

/** The account's distribution pools with their members and who is next, as the API shows them. */
export async function listPoolViews(opCtx: OpContext) {
  const ctx = await sellContext(opCtx);
  return presentPools(ctx.sell, await listPools(ctx.sell, ctx.account.id));
}

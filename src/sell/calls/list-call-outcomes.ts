import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { listCallOutcomeRows } from './call-outcomes.repo.ts';
import { ensureCallOutcomes } from './seed-call-outcomes.ts';

/** The account's call outcomes (every Sell user reads them), seeded on first use. */
export async function listCallOutcomes(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  await ensureCallOutcomes(ctx);
  return listCallOutcomeRows(ctx.sell, ctx.account.id, request);
}

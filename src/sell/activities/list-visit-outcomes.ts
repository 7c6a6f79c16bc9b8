import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { listVisitOutcomeRows } from './visit-outcomes.repo.ts';

/** The account's visit outcomes: every Sell user reads them. */
export async function listVisitOutcomes(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  return listVisitOutcomeRows(ctx.sell, ctx.account.id, request);
}

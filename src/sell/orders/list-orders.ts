import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { listOrderRows } from './orders.repo.ts';

/** Orders of the deals the actor sees. */
export async function listOrders(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  return listOrderRows(ctx.sell, ctx.account.id, ctx.visibility, request);
}

import type { OpContext } from '../../platform/context.ts';
import { checkResourceFilter } from '../activities/resource-filter.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import type { CallView } from './call-view.ts';
import { listCallRows } from './calls.repo.ts';
import { presentCalls } from './present-calls.ts';

/** Calls the actor may see, filtered, sorted and paged. */
export async function listCalls(opCtx: OpContext, request: ListRequest): Promise<ListResult<CallView>> {
  const ctx = await sellContext(opCtx);
  checkResourceFilter(request, ['lead', 'contact'], false);
  const { items, hasMore } = await listCallRows(ctx.sell, ctx.account.id, ctx.visibility, request);
  return { items: await presentCalls(ctx.sell, ctx.account.id, items), hasMore };
}

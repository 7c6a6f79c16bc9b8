import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { checkResourceFilter } from './resource-filter.ts';
import { listVisitRows } from './visits.repo.ts';

/** Visits to leads and contacts the actor sees; `resource_id` filters together with `resource_type`. */
export async function listVisits(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  checkResourceFilter(request, ['lead', 'contact'], true);
  return listVisitRows(ctx.sell, ctx.account.id, ctx.visibility, request);
}

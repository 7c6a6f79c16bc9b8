import type { OpContext } from '../../platform/context.ts';
import type { ListRequest } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { checkResourceFilter } from './resource-filter.ts';
import { listTextMessageRows } from './text-messages.repo.ts';

/** Text messages with leads and contacts the actor sees; `resource_type` and `resource_id` filter only together. */
export async function listTextMessages(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  checkResourceFilter(request, ['lead', 'contact'], true);
  return listTextMessageRows(ctx.sell, ctx.account.id, ctx.visibility, request);
}

import type { OpContext } from '../../platform/context.ts';
import { checkResourceFilter } from '../activities/resource-filter.ts';
import type { ListRequest } from '../records/list-request.ts';
import { resourceTypes } from '../records/resource-tables.ts';
import { sellContext } from '../sell-context.ts';
import { listCollaborationRows } from './collaborations.repo.ts';

/** Collaborations on records the actor sees. */
export async function listCollaborations(opCtx: OpContext, request: ListRequest) {
  const ctx = await sellContext(opCtx);
  checkResourceFilter(request, resourceTypes, false);
  return listCollaborationRows(ctx.sell, ctx.account.id, ctx.visibility, request);
}

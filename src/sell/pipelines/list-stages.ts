import type { OpContext } from '../../platform/context.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { listStageRows } from './pipelines.repo.ts';
import { toStageView } from './stage-view.ts';

/** Every Sell user reads the stages of the account's pipelines. */
export async function listStages(opCtx: OpContext, request: ListRequest): Promise<ListResult<ReturnType<typeof toStageView>>> {
  const ctx = await sellContext(opCtx);
  const rows = await listStageRows(ctx.sell, ctx.account.id, request);
  return { items: rows.slice(0, request.perPage).map(toStageView), hasMore: rows.length > request.perPage };
}

import type { OpContext } from '../../platform/context.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { toPipelineView } from './pipeline-view.ts';
import { listPipelineRows } from './pipelines.repo.ts';

/** Every Sell user reads the pipelines: deals of anyone they see sit in them. */
export async function listPipelines(opCtx: OpContext, request: ListRequest): Promise<ListResult<ReturnType<typeof toPipelineView>>> {
  const ctx = await sellContext(opCtx);
  const rows = await listPipelineRows(ctx.sell, ctx.account.id, request);
  return { items: rows.slice(0, request.perPage).map(toPipelineView), hasMore: rows.length > request.perPage };
}

import type { OpContext } from '../../platform/context.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { listRecords } from '../records/list-records.ts';
import { sellContext } from '../sell-context.ts';
import { toDealView, type DealView } from './deal-view.ts';

/** Deals the actor may see, filtered, sorted and paged. */
export async function listDeals(opCtx: OpContext, request: ListRequest): Promise<ListResult<DealView>> {
  const ctx = await sellContext(opCtx);
  return listRecords(ctx, { table: 'sell_deals', resourceType: 'deal', searchColumns: ['name'] }, request, toDealView);
}

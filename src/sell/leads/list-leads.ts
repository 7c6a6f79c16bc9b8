import type { OpContext } from '../../platform/context.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { listRecords } from '../records/list-records.ts';
import { sellContext } from '../sell-context.ts';
import { toLeadView, type LeadView } from './lead-view.ts';

/** Leads the actor may see, filtered, sorted and paged. */
export async function listLeads(opCtx: OpContext, request: ListRequest): Promise<ListResult<LeadView>> {
  const ctx = await sellContext(opCtx);
  return listRecords(ctx, { table: 'sell_leads', resourceType: 'lead', searchColumns: ['first_name', 'last_name', 'organization_name', 'email_lower'] }, request, toLeadView);
}

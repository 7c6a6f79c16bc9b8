import type { OpContext } from '../../platform/context.ts';
import { listCustomFields } from '../custom-fields/custom-fields.repo.ts';
import { applyListRequest } from '../records/apply-list-request.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { readExtras } from '../records/record-extras.ts';
import { sellContext } from '../sell-context.ts';
import type { LeadRow } from '../sell-tables.ts';
import { toLeadView, type LeadView } from './lead-view.ts';

/** Leads the actor may see, filtered, sorted and paged. */
export async function listLeads(opCtx: OpContext, request: ListRequest): Promise<ListResult<LeadView>> {
  const ctx = await sellContext(opCtx);
  const customFields = Object.keys(request.custom).length ? await listCustomFields(ctx.sell, ctx.account.id, 'lead') : [];
  const query = ctx.sell.selectFrom('sell_leads').selectAll('sell_leads').where('sell_leads.account_id', '=', ctx.account.id);
  const rows = (await applyListRequest(
    query,
    { table: 'sell_leads', resourceType: 'lead', dialect: ctx.db.dialect, searchColumns: ['first_name', 'last_name', 'organization_name', 'email_lower'], customFields },
    request,
    ctx.visibility,
  ).execute()) as LeadRow[];
  const page = rows.slice(0, request.perPage);
  const extras = await readExtras(ctx.sell, ctx.account.id, 'lead', page.map((l) => l.id));
  return { items: page.map((l) => toLeadView(l, extras.get(l.id)!)), hasMore: rows.length > request.perPage };
}

import type { OpContext } from '../../platform/context.ts';
import type { ListRequest, ListResult } from '../records/list-request.ts';
import { sellContext } from '../sell-context.ts';
import { toAssociatedContactView } from './associated-contact-view.ts';
import { listAssociatedContactRows } from './associated-contacts.repo.ts';
import { loadVisibleDeal } from './load-visible-deal.ts';

/** The contacts of a deal the actor sees (they come with the deal, as its notes do: A-3). */
export async function listAssociatedContacts(opCtx: OpContext, dealId: number, request: ListRequest): Promise<ListResult<ReturnType<typeof toAssociatedContactView>>> {
  const ctx = await sellContext(opCtx);
  await loadVisibleDeal(ctx, dealId);
  const rows = await listAssociatedContactRows(ctx.sell, ctx.account.id, dealId, request);
  return { items: rows.slice(0, request.perPage).map(toAssociatedContactView), hasMore: rows.length > request.perPage };
}

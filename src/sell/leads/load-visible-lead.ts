import { requireVisibleRecord } from '../records/record-visibility.ts';
import type { SellContext } from '../sell-context.ts';
import { findLead } from './leads.repo.ts';

/** A lead the actor may see; any other id — missing, another account's, not visible — is a 404. */
export async function loadVisibleLead(ctx: SellContext, id: number) {
  return requireVisibleRecord(ctx, 'lead', await findLead(ctx.sell, ctx.account.id, id), 'That lead');
}

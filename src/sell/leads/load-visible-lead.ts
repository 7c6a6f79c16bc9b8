import { notFound } from '../../platform/http/app-error.ts';
import type { SellContext } from '../sell-context.ts';
import type { SellExecutor } from '../sell-tables.ts';
import { canSee } from '../visibility.ts';
import { findLead } from './leads.repo.ts';

/** A lead the actor may see; any other id — missing, another account's, not visible — is a 404. */
export async function loadVisibleLead(ctx: SellContext, id: number, db: SellExecutor = ctx.sell) {
  const lead = await findLead(db, ctx.account.id, id);
  if (!lead || !canSee(ctx.visibility, lead.owner_id)) throw notFound('That lead');
  return lead;
}

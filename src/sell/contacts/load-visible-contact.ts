import { requireVisible } from '../records/require-visible.ts';
import type { SellContext } from '../sell-context.ts';
import { findContact } from './contacts.repo.ts';

/** A contact the actor may see; any other id — missing, another account's, not visible — is a 404. */
export async function loadVisibleContact(ctx: SellContext, id: number) {
  return requireVisible(ctx.visibility, await findContact(ctx.sell, ctx.account.id, id), 'That contact');
}

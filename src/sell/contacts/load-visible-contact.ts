import { requireVisibleRecord } from '../records/record-visibility.ts';
import type { SellContext } from '../sell-context.ts';
import { findContact } from './contacts.repo.ts';

/** A contact the actor may see; any other id — missing, another account's, not visible — is a 404. */
export async function loadVisibleContact(ctx: SellContext, id: number) {
  return requireVisibleRecord(ctx, 'contact', await findContact(ctx.sell, ctx.account.id, id), 'That contact');
}

import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { loadReferencedContact } from '../contacts/referenced-contact.ts';
import { sellContext } from '../sell-context.ts';
import { associatedContactInputSchema, type AssociatedContactInput } from './associated-contact-input.ts';
import { upsertAssociatedContact } from './associated-contacts.repo.ts';
import { loadVisibleDeal } from './load-visible-deal.ts';

/** Adds a contact the actor sees to a deal they see; adding it again changes its role. */
export async function addAssociatedContact(opCtx: OpContext, dealId: number, rawInput: AssociatedContactInput) {
  const ctx = await sellContext(opCtx);
  const input = associatedContactInputSchema.parse(rawInput);
  await loadVisibleDeal(ctx, dealId);
  await loadReferencedContact(ctx, 'contact_id', input.contact_id);
  const now = nowIso();
  const row = { account_id: ctx.account.id, deal_id: dealId, contact_id: input.contact_id, role: input.role ?? 'involved', created_at: now, updated_at: now };
  return upsertAssociatedContact(ctx.sell, row, input.role == null);
}

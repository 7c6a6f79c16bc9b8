import { invalid } from '../../platform/http/app-error.ts';
import { canSeeRecord } from '../records/record-visibility.ts';
import type { SellContext } from '../sell-context.ts';
import type { ContactRow } from '../sell-tables.ts';
import { findContact } from './contacts.repo.ts';

/** A contact another record points at through `field`: one of this account's that the actor sees, or a 422 naming the field. */
export async function loadReferencedContact(ctx: SellContext, field: string, id: number): Promise<ContactRow> {
  const contact = await findContact(ctx.sell, ctx.account.id, id);
  if (!contact || !(await canSeeRecord(ctx, 'contact', contact))) throw invalid(field, `No contact with id ${id} that you can see.`);
  return contact;
}

/** The organization a deal with this primary contact belongs to: the contact's organization, or the contact itself. */
export function organizationIdOf(contact: ContactRow | null): number | null {
  if (!contact) return null;
  return contact.is_organization === 1 ? contact.id : contact.contact_id;
}

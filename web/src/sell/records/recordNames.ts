import type { Contact, Lead } from '../api/types';

function joinName(first: string | null, last: string | null): string {
  return [first, last].filter((part) => part && part.trim()).join(' ');
}

/** A person's "First Last", or the company when the lead has no person's name. */
export function leadName(lead: Pick<Lead, 'first_name' | 'last_name' | 'organization_name'>): string {
  return joinName(lead.first_name, lead.last_name) || lead.organization_name || '';
}

export function contactName(contact: Pick<Contact, 'name' | 'first_name' | 'last_name'>): string {
  return contact.name || joinName(contact.first_name, contact.last_name);
}

import { blankField } from '../records/blank-field.ts';
import type { ContactRow } from '../sell-tables.ts';
import type { ParsedContactInput } from './contact-input.ts';

/** How people see a contact's name: a person's "First Last", an organization's name. */
export function personName(first: string | null, last: string | null): string {
  return [first, last].filter(Boolean).join(' ');
}

/**
 * Names and statuses from what was sent onto what is stored. An organization needs a name; a person
 * needs a last name and is named "First Last" (a `name` sent for a person is derived, not stored).
 */
export function contactColumns(isOrganization: boolean, input: ParsedContactInput, current: ContactRow | null) {
  const pick = <K extends 'name' | 'first_name' | 'last_name' | 'customer_status' | 'prospect_status'>(key: K) =>
    input[key] !== undefined ? (input[key] ?? null) : (current?.[key] ?? null);
  const statuses = { customer_status: pick('customer_status') ?? 'none', prospect_status: pick('prospect_status') ?? 'none' };
  if (isOrganization) {
    const name = pick('name');
    if (!name) throw blankField('name', "Enter the organization's name.");
    return { name, first_name: null, last_name: null, ...statuses };
  }
  const first_name = pick('first_name');
  const last_name = pick('last_name');
  if (!last_name) throw blankField('last_name', 'Enter a last name.');
  return { name: personName(first_name, last_name), first_name, last_name, ...statuses };
}


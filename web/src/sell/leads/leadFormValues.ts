import type { CustomFieldDefinition, Lead } from '../api/types';
import { toAddressForm, toAddressPayload, type AddressFormValues } from '../forms/addressValues';
import { changedCustomValues, customFieldProblems, toFormValues, type CustomFieldFormValues } from '../forms/customFieldValues';
import { ownerPayload } from '../forms/OwnerSelect';
import { idOrNull, isEmailOrBlank, textOrNull } from '../forms/textValue';

export interface LeadFormValues {
  first_name: string;
  last_name: string;
  organization_name: string;
  title: string;
  status: string | null;
  source_id: string | null;
  owner_id: string | null;
  email: string;
  phone: string;
  mobile: string;
  website: string;
  industry: string;
  description: string;
  address: AddressFormValues;
  tags: string[];
  custom_fields: CustomFieldFormValues;
}

const TEXT_FIELDS = ['first_name', 'last_name', 'organization_name', 'title', 'email', 'phone', 'mobile', 'website', 'industry', 'description'] as const;

export function leadFormValues(
  lead: Lead | null,
  definitions: readonly CustomFieldDefinition[],
  defaults: { status: string | null; ownerId: number },
): LeadFormValues {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, lead?.[name] ?? ''])) as Record<(typeof TEXT_FIELDS)[number], string>;
  return {
    ...text,
    status: lead ? lead.status : defaults.status,
    source_id: lead?.source_id ? String(lead.source_id) : null,
    owner_id: String(lead ? (lead.owner_id ?? '') : defaults.ownerId) || null,
    address: toAddressForm(lead?.address),
    tags: lead?.tags ?? [],
    custom_fields: toFormValues(definitions, lead?.custom_fields),
  };
}

/** The body of a create or update: every standard field, and the custom fields that changed. */
export function leadPayload(values: LeadFormValues, initial: LeadFormValues, definitions: readonly CustomFieldDefinition[]) {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, textOrNull(values[name])]));
  return {
    ...text,
    status: values.status,
    source_id: idOrNull(values.source_id),
    ...ownerPayload(values.owner_id),
    address: toAddressPayload(values.address),
    tags: values.tags,
    custom_fields: changedCustomValues(definitions, initial.custom_fields, values.custom_fields),
  };
}

export type LeadFormProblems = Partial<Record<string, 'nameOrCompany' | 'email' | 'number' | 'url'>>;

/** What the browser can check before sending; keys are form paths, values name a message. */
export function leadFormProblems(values: LeadFormValues, definitions: readonly CustomFieldDefinition[]): LeadFormProblems {
  const problems: LeadFormProblems = customFieldProblems(definitions, values.custom_fields);
  if (!values.last_name.trim() && !values.organization_name.trim()) problems.last_name = 'nameOrCompany';
  if (!isEmailOrBlank(values.email)) problems.email = 'email';
  return problems;
}

/** Form paths a server message may name. */
export function isLeadFormPath(path: string): boolean {
  return (
    (TEXT_FIELDS as readonly string[]).includes(path) ||
    ['status', 'source_id', 'owner_id', 'tags'].includes(path) ||
    path.startsWith('address.') ||
    path.startsWith('custom_fields.')
  );
}

import type { Contact, CustomFieldDefinition, CustomerStatus, ProspectStatus } from '../api/types';
import { toAddressForm, toAddressPayload, type AddressFormValues } from '../forms/addressValues';
import { changedCustomValues, customFieldProblems, toFormValues, type CustomFieldFormValues } from '../forms/customFieldValues';
import { ownerPayload } from '../forms/OwnerSelect';
import { idOrNull, isEmailOrBlank, textOrNull } from '../forms/textValue';
import type { FormProblem } from '../forms/useProblemMessages';

export interface ContactFormValues {
  is_organization: boolean;
  name: string;
  first_name: string;
  last_name: string;
  contact_id: string | null;
  title: string;
  owner_id: string | null;
  customer_status: CustomerStatus;
  prospect_status: ProspectStatus;
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

const TEXT_FIELDS = ['name', 'first_name', 'last_name', 'title', 'email', 'phone', 'mobile', 'website', 'industry', 'description'] as const;

/** Some contact fields are for people only, some for organizations only. */
export function contactFieldApplies(definition: CustomFieldDefinition, isOrganization: boolean): boolean {
  return isOrganization ? definition.for_organisation !== false : definition.for_contact !== false;
}

export function contactFormValues(
  contact: Contact | null,
  definitions: readonly CustomFieldDefinition[],
  defaults: { ownerId: number; isOrganization: boolean; organizationId?: number },
): ContactFormValues {
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, contact?.[name] ?? ''])) as Record<(typeof TEXT_FIELDS)[number], string>;
  const organizationId = contact ? contact.contact_id : (defaults.organizationId ?? null);
  return {
    ...text,
    is_organization: contact ? contact.is_organization : defaults.isOrganization,
    contact_id: organizationId ? String(organizationId) : null,
    owner_id: String(contact ? (contact.owner_id ?? '') : defaults.ownerId) || null,
    customer_status: contact?.customer_status ?? 'none',
    prospect_status: contact?.prospect_status ?? 'none',
    address: toAddressForm(contact?.address),
    tags: contact?.tags ?? [],
    custom_fields: toFormValues(definitions, contact?.custom_fields),
  };
}

export function contactPayload(values: ContactFormValues, initial: ContactFormValues, definitions: readonly CustomFieldDefinition[], creating: boolean) {
  const organization = values.is_organization;
  const applicable = definitions.filter((definition) => contactFieldApplies(definition, organization));
  const text = Object.fromEntries(TEXT_FIELDS.map((name) => [name, textOrNull(values[name])]));
  return {
    ...text,
    // An organization is named by `name`; a person by first and last name.
    ...(organization ? { first_name: null, last_name: null } : { name: undefined, contact_id: idOrNull(values.contact_id) }),
    ...(creating ? { is_organization: organization } : {}),
    ...ownerPayload(values.owner_id),
    customer_status: values.customer_status,
    prospect_status: values.prospect_status,
    address: toAddressPayload(values.address),
    tags: values.tags,
    custom_fields: changedCustomValues(applicable, initial.custom_fields, values.custom_fields),
  };
}

export function contactFormProblems(values: ContactFormValues, definitions: readonly CustomFieldDefinition[]): Partial<Record<string, FormProblem>> {
  const applicable = definitions.filter((definition) => contactFieldApplies(definition, values.is_organization));
  const problems: Partial<Record<string, FormProblem>> = customFieldProblems(applicable, values.custom_fields);
  if (values.is_organization && !values.name.trim()) problems.name = 'organizationName';
  if (!values.is_organization && !values.last_name.trim()) problems.last_name = 'lastName';
  if (!isEmailOrBlank(values.email)) problems.email = 'email';
  return problems;
}

export function isContactFormPath(path: string): boolean {
  return (
    (TEXT_FIELDS as readonly string[]).includes(path) ||
    ['contact_id', 'owner_id', 'customer_status', 'prospect_status', 'tags', 'is_organization'].includes(path) ||
    path.startsWith('address.') ||
    path.startsWith('custom_fields.')
  );
}

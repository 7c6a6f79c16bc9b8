import type { Address } from '../api/types';

export const ADDRESS_PARTS = ['line1', 'city', 'postal_code', 'state', 'country'] as const;
export type AddressFormValues = Record<(typeof ADDRESS_PARTS)[number], string>;

export function toAddressForm(address: Address | null | undefined): AddressFormValues {
  return Object.fromEntries(ADDRESS_PARTS.map((part) => [part, address?.[part] ?? ''])) as AddressFormValues;
}

/** Blank parts travel as null, which the API stores as "unknown". */
export function toAddressPayload(values: AddressFormValues): Address {
  return Object.fromEntries(ADDRESS_PARTS.map((part) => [part, values[part].trim() || null])) as unknown as Address;
}

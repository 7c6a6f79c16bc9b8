import { normalizeEmail, toE164 } from './phone.ts';
import { writeAddress, type addressSchema } from './address.ts';
import type { z } from 'zod';

type PersonInput = {
  title?: string | null;
  description?: string | null;
  industry?: string | null;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  mobile?: string | null;
  fax?: string | null;
  twitter?: string | null;
  facebook?: string | null;
  linkedin?: string | null;
  skype?: string | null;
  address?: z.infer<typeof addressSchema>;
};

type PersonRow = Required<{ [K in Exclude<keyof PersonInput, 'address'>]: string | null }> & { address: string | null };

const plain = ['title', 'description', 'industry', 'website', 'email', 'phone', 'mobile', 'fax', 'twitter', 'facebook', 'linkedin', 'skype'] as const;

/**
 * The contact-detail columns leads and contacts share, merged from what was sent onto what is stored,
 * with the matching keys (lower-case email, E.164 phones) kept in step.
 */
export function personColumns(input: PersonInput, current: PersonRow | null) {
  const merged = Object.fromEntries(plain.map((k) => [k, input[k] !== undefined ? input[k] : (current?.[k] ?? null)])) as Record<(typeof plain)[number], string | null>;
  return {
    ...merged,
    email_lower: normalizeEmail(merged.email),
    phone_e164: toE164(merged.phone),
    mobile_e164: toE164(merged.mobile),
    address: writeAddress(current?.address ?? null, input.address),
  };
}

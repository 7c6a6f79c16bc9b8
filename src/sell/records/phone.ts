import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** E.164 form of a phone number, for matching (O-5); null when it cannot be read as one. */
export function toE164(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const parsed = parsePhoneNumberFromString(phone.trim(), { defaultCallingCode: undefined });
  return parsed?.isValid() ? parsed.number : null;
}

export function normalizeEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

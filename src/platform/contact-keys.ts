import { getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * Matching keys for contact details (O-5), shared by whatever compares a person's details with stored
 * ones: an email in lower case without surrounding spaces, a phone number in E.164.
 */
export function emailKey(raw: string | null | undefined): string | null {
  const key = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  return key.includes('@') ? key : null;
}

/** Used when an account names no country of its own: numbers written without "+" are read as US numbers. */
export const DEFAULT_PHONE_COUNTRY: CountryCode = 'US';

export function isPhoneCountry(code: string): code is CountryCode {
  return isSupportedCountry(code);
}

/** Every country whose numbering plan phone numbers can be read in, with its calling code ("JP", "81"). */
export function phoneCountries(): { code: CountryCode; callingCode: string }[] {
  return getCountries().map((code) => ({ code, callingCode: getCountryCallingCode(code) }));
}

/** A number written with its country code ("+81 3 …") reads the same whatever the default country. */
export function writtenInternationally(raw: string): boolean {
  return raw.trimStart().startsWith('+');
}

/**
 * A phone number in E.164 ("+14155550100"). Numbers starting with "+" are international; any other
 * is read as a number of `country`. The number has to be possible (the right length for its country),
 * not valid: fictional numbers such as 555 ones still match when written the same way.
 */
export function phoneKey(raw: string | null | undefined, country: string = DEFAULT_PHONE_COUNTRY): string | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const parsed = readPhone(raw, country, true);
  return parsed?.isPossible() ? parsed.number : null;
}

/**
 * Whether the text is a phone number and nothing more (an extension may follow), read as `phoneKey`
 * reads it: what a phone field accepts. A number inside other words ("call 212 555 0142") is not one.
 */
export function isPhoneNumber(raw: string, country: string = DEFAULT_PHONE_COUNTRY): boolean {
  return raw.trim() !== '' && readPhone(raw.trim(), country, false)?.isPossible() === true;
}

function readPhone(raw: string, country: string, extract: boolean) {
  return parsePhoneNumberFromString(raw, { defaultCountry: isPhoneCountry(country) ? country : DEFAULT_PHONE_COUNTRY, extract });
}

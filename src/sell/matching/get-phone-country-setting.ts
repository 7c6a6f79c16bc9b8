import type { OpContext } from '../../platform/context.ts';
import { DEFAULT_PHONE_COUNTRY, phoneCountries } from '../../platform/contact-keys.ts';
import { sellContext } from '../sell-context.ts';

/**
 * How this account reads phone numbers written without "+": its own country (null when it names none,
 * and `default_phone_country` applies), with the countries it may choose from. Any Sell user reads it.
 */
export async function getPhoneCountrySetting(opCtx: OpContext) {
  const ctx = await sellContext(opCtx);
  const row = await ctx.sell.selectFrom('sell_settings').select('phone_country').where('account_id', '=', ctx.account.id).executeTakeFirst();
  return phoneCountrySettingView(row?.phone_country ?? null);
}

export function phoneCountrySettingView(phoneCountry: string | null) {
  return {
    phone_country: phoneCountry,
    default_phone_country: DEFAULT_PHONE_COUNTRY,
    phone_countries: phoneCountries().map((c) => ({ code: c.code, calling_code: c.callingCode })),
  };
}

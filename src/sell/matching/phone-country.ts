import type { Kysely } from 'kysely';
import { DEFAULT_PHONE_COUNTRY } from '../../platform/contact-keys.ts';
import { reusableQuery } from '../../platform/db/reusable-query.ts';
import type { SellDatabase, SellExecutor } from '../sell-tables.ts';

const readSetting = reusableQuery((db: Kysely<SellDatabase>, accountId: number) => db.selectFrom('sell_settings').select('phone_country').where('account_id', '=', accountId));

/**
 * The country whose numbering plan reads phone numbers written without "+" in this account
 * (`sell_settings.phone_country`); the default when the account names none. Read fresh each time
 * (a compiled point lookup), so every node sees a change at once.
 */
export async function phoneCountryOf(db: SellExecutor, accountId: number): Promise<string> {
  const row = (await readSetting(db as Kysely<SellDatabase>, accountId)).rows[0];
  return row?.phone_country ?? DEFAULT_PHONE_COUNTRY;
}

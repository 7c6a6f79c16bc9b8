import cliProgress from 'cli-progress';
import type { Insertable } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import { contactPointRowsOf } from '../../sell/matching/bulk-contact-points.ts';
import { insertContactPoints } from '../../sell/matching/contact-points.repo.ts';
import { phoneCountryOf } from '../../sell/matching/phone-country.ts';
import { sellDb, type SellTables } from '../../sell/sell-tables.ts';
import { CITIES, COMPANIES, FIRST_NAMES, LAST_NAMES, TITLES } from '../demo/sample-names.ts';

/** One contact in this many is a company; the others are people working there. */
const COMPANY_EVERY = 5;
/** One person in this many has a deal. */
const DEAL_EVERY = 2;

type ContactInsert = Insertable<SellTables['sell_contacts']>;

/**
 * Adds `total` contacts to an account straight into the tables (no events, so no feed items): companies
 * and the people under them, a deal for every other person, and their matching keys. Emails and phone
 * numbers are unique per contact and never those of bulk leads (see `bulkContactDetails`).
 */
export async function seedBulkContacts(db: Db, accountId: number, owners: number[], total: number, batchSize: number) {
  const sell = sellDb(db);
  const country = await phoneCountryOf(sell, accountId);
  const stages = (await sell.selectFrom('sell_stages').select('id').where('account_id', '=', accountId).where('active', '=', 1).execute()).map((s) => s.id);
  const start = Number((await sell.selectFrom('sell_contacts').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', accountId).executeTakeFirstOrThrow()).n);
  const bar = new cliProgress.SingleBar({ format: 'Contacts {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}' }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { rate: 0 });
  const began = Date.now();
  let deals = 0;
  // Whole groups (a company and its people) per batch, so every person's company is in the same batch.
  const step = Math.max(COMPANY_EVERY, batchSize - (batchSize % COMPANY_EVERY));
  for (let done = 0; done < total; done += step) {
    const ns = Array.from({ length: Math.min(step, total - done) }, (_, i) => start + done + i);
    deals += await sell.transaction().execute(async (trx) => {
      const companyNs = ns.filter((n) => n % COMPANY_EVERY === 0);
      const companies = companyNs.length ? await trx.insertInto('sell_contacts').values(companyNs.map((n) => contactRow(accountId, owners, n, null))).returning(['id', 'email', 'phone', 'mobile']).execute() : [];
      companies.sort(byId);
      const companyOf = new Map(companyNs.map((n, i) => [n, companies[i]!.id]));
      const personNs = ns.filter((n) => n % COMPANY_EVERY !== 0);
      const people = personNs.length
        ? await trx
            .insertInto('sell_contacts')
            .values(personNs.map((n) => contactRow(accountId, owners, n, companyOf.get(n - (n % COMPANY_EVERY)) ?? null)))
            .returning(['id', 'email', 'phone', 'mobile', 'contact_id', 'owner_id', 'created_at'])
            .execute()
        : [];
      people.sort(byId);
      await insertContactPoints(trx, contactPointRowsOf(accountId, 'contact', [...companies, ...people], country));
      const dealRows = people
        .filter((p, i) => personNs[i]! % DEAL_EVERY === 1)
        .map((p) => ({
          account_id: accountId,
          owner_id: p.owner_id,
          creator_id: owners[0]!,
          name: `Deal for contact ${p.id}`,
          contact_id: p.id,
          organization_id: p.contact_id,
          value: String(1000 + (p.id % 90) * 500),
          currency: 'USD',
          hot: p.id % 7 === 0 ? 1 : 0,
          stage_id: stages[p.id % stages.length]!,
          added_at: p.created_at,
          created_at: p.created_at,
          updated_at: p.created_at,
        }));
      for (let i = 0; i < dealRows.length; i += 500) await trx.insertInto('sell_deals').values(dealRows.slice(i, i + 500)).execute();
      return dealRows.length;
    });
    const value = Math.min(total, done + step);
    bar.update(value, { rate: Math.round(value / Math.max(0.001, (Date.now() - began) / 1000)) });
  }
  bar.stop();
  return { contacts: total, deals };
}

/** Rows come back from a multi-row insert in id order in practice; sorting makes it certain. */
const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/** A bulk contact's email and phone numbers: unique per `n`, and unlike any bulk lead's (+1 555 numbers). */
export function bulkContactDetails(n: number) {
  const seven = String(n % 10_000_000).padStart(7, '0');
  if (n % COMPANY_EVERY === 0) return { email: `info.c${n}@company.test`, phone: `+1 646 ${seven}`, mobile: null };
  const first = FIRST_NAMES[n % FIRST_NAMES.length]!.toLowerCase();
  const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]!.toLowerCase();
  // Written nationally on purpose: read in the account's phone country (US by default).
  const phone = `(212) ${seven.slice(0, 3)}-${seven.slice(3)}`;
  const mobile = n % 3 === 0 ? `+44 7700 ${String(n % 1_000_000).padStart(6, '0')}` : null;
  return { email: `${first}.${last}.c${n}@example.test`, phone, mobile };
}

function contactRow(accountId: number, owners: number[], n: number, companyId: number | null): ContactInsert {
  const isCompany = n % COMPANY_EVERY === 0;
  const first = FIRST_NAMES[n % FIRST_NAMES.length]!;
  const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]!;
  const stamp = new Date(Date.parse('2024-01-01T00:00:00Z') + (n % 600) * 86_400_000 + (n % 86_400) * 1000).toISOString();
  const details = bulkContactDetails(n);
  return {
    account_id: accountId,
    owner_id: owners[n % owners.length]!,
    creator_id: owners[0]!,
    is_organization: isCompany ? 1 : 0,
    contact_id: companyId,
    name: isCompany ? `${COMPANIES[n % COMPANIES.length]} ${Math.floor(n / COMPANY_EVERY)}` : `${first} ${last}`,
    first_name: isCompany ? null : first,
    last_name: isCompany ? null : last,
    customer_status: null,
    prospect_status: null,
    title: isCompany ? null : TITLES[n % TITLES.length]!,
    description: null,
    industry: null,
    website: null,
    email: details.email,
    email_lower: details.email,
    phone: details.phone,
    phone_e164: null,
    mobile: details.mobile,
    mobile_e164: null,
    fax: null,
    twitter: null,
    facebook: null,
    linkedin: null,
    skype: null,
    address: JSON.stringify({ line1: null, city: CITIES[n % CITIES.length], postal_code: null, state: null, country: null }),
    billing_address: null,
    shipping_address: null,
    lead_id: null,
    created_at: stamp,
    updated_at: stamp,
  };
}

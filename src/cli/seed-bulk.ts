import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { findAccountBySubdomain } from '../platform/accounts/accounts.repo.ts';
import { createAccount } from '../platform/accounts/create-account.ts';
import type { Insertable } from 'kysely';
import { sellDb, type SellTables } from '../sell/sell-tables.ts';
import { ensureSellSetup } from '../sell/setup/ensure-sell-setup.ts';
import { CITIES, COMPANIES, FIRST_NAMES, LAST_NAMES, TITLES } from './demo/sample-names.ts';
import { openDatabase } from './open-database.ts';
import { seedBulkContacts } from './bulk/seed-bulk-contacts.ts';
import { contactPointRowsOf } from '../sell/matching/bulk-contact-points.ts';
import { insertContactPoints } from '../sell/matching/contact-points.repo.ts';
import { phoneCountryOf } from '../sell/matching/phone-country.ts';

/**
 * `npm run seed:bulk -- --leads 1000000 [--contacts 500000] [--account bench]`: fills an account with many
 * leads (and contacts: companies, people, deals), fast (batched inserts straight into the tables: no events,
 * so no feed items), with their matching keys, with a progress bar.
 */
const program = new Command('seed:bulk')
  .option('--account <subdomain>', 'account to fill (created when missing)', 'bench')
  .option('--leads <count>', 'how many leads to add', '100000')
  .option('--contacts <count>', 'how many contacts to add (one in five a company; a deal for every other person)', '0')
  .option('--batch <rows>', 'rows per insert', '500')
  .parse(process.argv);
const options = program.opts<{ account: string; leads: string; contacts: string; batch: string }>();
const contacts = Number(options.contacts);
const total = Number(options.leads);
const batchSize = Number(options.batch);
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(contacts) || contacts < 0 || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 2000) {
  console.error('--leads must be a positive whole number, --contacts a whole number and --batch between 1 and 2000.');
  process.exit(1);
}

const db = await openDatabase(loadConfig());
try {
  let account = await findAccountBySubdomain(db.kysely, options.account);
  if (!account) {
    ({ account } = await createAccount(db, {
      accountName: 'Bench Corp',
      subdomain: options.account,
      ownerName: 'Bench Owner',
      email: `owner@${options.account}.test`,
      password: 'bench-password',
    }));
    console.log(`Created account ${options.account} (owner@${options.account}.test / bench-password).`);
  }
  await ensureSellSetup(db, account.id);
  const sell = sellDb(db);
  const owners = (await sell.selectFrom('users').select('id').where('account_id', '=', account.id).where('sell_role', '!=', 'none').where('active', '=', 1).execute()).map((u) => u.id);
  const statuses = (await sell.selectFrom('sell_lead_statuses').select('name').where('account_id', '=', account.id).execute()).map((s) => s.name);
  const country = await phoneCountryOf(sell, account.id);
  const start = (await sell.selectFrom('sell_leads').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', account.id).executeTakeFirstOrThrow()).n;

  const bar = new cliProgress.SingleBar({ format: 'Leads {bar} {percentage}% | {value}/{total} | {rate}/s | ETA {eta_formatted}' }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { rate: 0 });
  const began = Date.now();
  const base = Date.parse('2024-01-01T00:00:00Z');
  for (let done = 0; done < total; done += batchSize) {
    const rows: Insertable<SellTables['sell_leads']>[] = [];
    for (let i = done; i < Math.min(total, done + batchSize); i++) {
      const n = Number(start) + i;
      const first = FIRST_NAMES[n % FIRST_NAMES.length]!;
      const last = LAST_NAMES[Math.floor(n / FIRST_NAMES.length) % LAST_NAMES.length]!;
      const stamp = new Date(base + (n % 600) * 86_400_000 + (n % 86_400) * 1000).toISOString();
      const email = `${first}.${last}.${n}@example.test`.toLowerCase();
      rows.push({
        account_id: account.id,
        owner_id: owners[n % owners.length]!,
        creator_id: owners[0]!,
        first_name: first,
        last_name: last,
        organization_name: `${COMPANIES[n % COMPANIES.length]} ${Math.floor(n / 1000)}`,
        status: statuses[n % statuses.length] ?? 'New',
        source_id: null,
        title: TITLES[n % TITLES.length]!,
        description: null,
        industry: null,
        website: null,
        email,
        email_lower: email,
        phone: `+1 555 ${String(n % 10_000_000).padStart(7, '0')}`,
        phone_e164: `+1555${String(n % 10_000_000).padStart(7, '0')}`,
        mobile: null,
        mobile_e164: null,
        fax: null,
        twitter: null,
        facebook: null,
        linkedin: null,
        skype: null,
        address: JSON.stringify({ line1: null, city: CITIES[n % CITIES.length], postal_code: null, state: null, country: null }),
        converted_at: null,
        converted_contact_id: null,
        converted_deal_id: null,
        created_at: stamp,
        updated_at: stamp,
      });
    }
    await sell.transaction().execute(async (trx) => {
      const ids = (await trx.insertInto('sell_leads').values(rows).returning('id').execute()).map((r) => r.id).sort((a, b) => a - b);
      await insertContactPoints(trx, contactPointRowsOf(account.id, 'lead', rows.map((r, i) => ({ id: ids[i]!, email: r.email ?? null, phone: r.phone ?? null, mobile: r.mobile ?? null })), country));
    });
    const value = Math.min(total, done + batchSize);
    bar.update(value, { rate: Math.round(value / Math.max(0.001, (Date.now() - began) / 1000)) });
  }
  bar.stop();
  console.log(`Added ${total} leads to ${options.account} in ${((Date.now() - began) / 1000).toFixed(1)} s (${db.dialect}).`);
  if (contacts > 0) {
    const seeded = await seedBulkContacts(db, account.id, owners, contacts, batchSize);
    console.log(`Added ${seeded.contacts} contacts and ${seeded.deals} deals to ${options.account} (${db.dialect}).`);
  }
} finally {
  await db.close();
}

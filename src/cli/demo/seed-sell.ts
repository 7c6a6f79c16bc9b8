import type { AccountRow } from '../../platform/accounts/accounts.repo.ts';
import type { OpContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/connect.ts';
import { findUserById } from '../../platform/identity/users.repo.ts';
import { createContact } from '../../sell/contacts/create-contact.ts';
import { createCustomField } from '../../sell/custom-fields/create-custom-field.ts';
import { createDeal } from '../../sell/deals/create-deal.ts';
import { convertLead } from '../../sell/leads/convert-lead.ts';
import { createLead } from '../../sell/leads/create-lead.ts';
import { updateLead } from '../../sell/leads/update-lead.ts';
import { createNamedItem } from '../../sell/named-items/create-named-item.ts';
import { createNote } from '../../sell/notes/create-note.ts';
import { createPool } from '../../sell/pools/create-pool.ts';
import { sellDb } from '../../sell/sell-tables.ts';
import { ensureSellSetup } from '../../sell/setup/ensure-sell-setup.ts';
import { createTask } from '../../sell/tasks/create-task.ts';
import { CITIES, COMPANIES, FIRST_NAMES, LAST_NAMES, TITLES } from './sample-names.ts';

const REPS = ['rep-ana', 'rep-ben', 'rep-yuki', 'mgr-east', 'mgr-west'];

/**
 * Realistic Sell data for the demo, made through the same operations the API uses (so statuses,
 * owners, pools and the feed behave as they do for real): sources and reasons, custom fields, a
 * distribution pool, leads in every status with notes and tasks, organizations with their people,
 * deals across the pipeline, and a few leads already converted.
 */
export async function seedSell(db: Db, account: AccountRow, idByKey: Map<string, number>) {
  await ensureSellSetup(db, account.id);
  const owner: OpContext = {
    db,
    account,
    actor: await db.kysely.selectFrom('users').selectAll().where('account_id', '=', account.id).where('chat_role', '=', 'owner').executeTakeFirstOrThrow(),
  };
  const rep = async (i: number): Promise<OpContext> => ({ db, account, actor: (await findUserById(db.kysely, account.id, idByKey.get(REPS[i % REPS.length]!)!))! });

  const leadSources = [];
  for (const name of ['Website', 'Chat', 'Referral', 'Trade show']) leadSources.push(await createNamedItem(owner, 'lead_source', 'lead source', { name }));
  const dealSources = [];
  for (const name of ['Inbound', 'Outbound', 'Partner']) dealSources.push(await createNamedItem(owner, 'deal_source', 'deal source', { name }));
  for (const name of ['Price', 'Timing', 'Chose a competitor']) await createNamedItem(owner, 'loss_reason', 'loss reason', { name });
  for (const name of ['No budget', 'Not a fit']) await createNamedItem(owner, 'lead_unqualified_reason', 'unqualified reason', { name });
  await createCustomField(owner, 'lead', { name: 'Budget', type: 'number' });
  await createCustomField(owner, 'lead', { name: 'Interest', type: 'list', choices: ['CRM', 'Live chat', 'Both'] });
  await createCustomField(owner, 'contact', { name: 'Segment', type: 'list', choices: ['SMB', 'Mid-market', 'Enterprise'] });
  await createCustomField(owner, 'deal', { name: 'Contract term', type: 'list', choices: ['Monthly', 'Annual', 'Multi-year'] });
  const pool = await createPool(owner, { name: 'Inbound leads', resource_type: 'lead', member_ids: ['rep-ana', 'rep-ben', 'rep-yuki', 'rep-leo'].map((k) => idByKey.get(k)!) });

  const statuses = ['New', 'New', 'Working', 'Working', 'Unqualified'];
  const leads = [];
  for (let i = 0; i < 24; i++) {
    const first = FIRST_NAMES[(i * 7) % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(i * 11) % LAST_NAMES.length]!;
    const ctx = await rep(i);
    const lead = await createLead(i % 6 === 0 ? owner : ctx, {
      first_name: first,
      last_name: last,
      organization_name: `${COMPANIES[i % COMPANIES.length]}`,
      title: TITLES[i % TITLES.length]!,
      email: `${first}.${last}@${COMPANIES[i % COMPANIES.length]!.toLowerCase().replace(/[^a-z]/g, '')}.example`.toLowerCase(),
      phone: `+1 415 555 ${String(1000 + i * 37).slice(-4)}`,
      status: statuses[i % statuses.length]!,
      source_id: leadSources[i % leadSources.length]!.id,
      address: { city: CITIES[i % CITIES.length]!, country: i % 2 ? 'US' : 'JP' },
      tags: i % 3 === 0 ? ['hot'] : i % 3 === 1 ? ['newsletter'] : [],
      custom_fields: { Budget: 5000 + i * 750, Interest: ['CRM', 'Live chat', 'Both'][i % 3]! },
      ...(i % 6 === 0 ? { pool_id: pool.id } : {}),
    });
    leads.push({ lead, ctx: i % 6 === 0 ? owner : ctx });
    if (i % 4 === 0) await createNote(ctx.actor?.id === lead.owner_id ? ctx : owner, { content: `Spoke with ${first}: wants a demo for the ${['sales', 'support', 'marketing'][i % 3]} team.`, resource_type: 'lead', resource_id: lead.id });
    if (i % 5 === 0) await createTask(owner, { content: `Follow up with ${first} ${last}`, resource_type: 'lead', resource_id: lead.id, due_date: new Date(Date.now() + (i - 10) * 86_400_000).toISOString(), owner_id: lead.owner_id });
  }
  await updateLead(owner, leads[1]!.lead.id, { status: 'Working' });

  const organizations = [];
  for (let i = 0; i < 8; i++) {
    organizations.push(
      await createContact(await rep(i), {
        is_organization: true,
        name: `${COMPANIES[(i + 5) % COMPANIES.length]} ${['Inc.', 'GmbH', 'KK', 'Ltd.'][i % 4]}`,
        website: `https://www.${COMPANIES[(i + 5) % COMPANIES.length]!.toLowerCase().replace(/[^a-z]/g, '')}.example`,
        industry: ['Retail', 'Manufacturing', 'Software', 'Logistics'][i % 4]!,
        address: { city: CITIES[(i + 3) % CITIES.length]! },
        custom_fields: { Segment: ['SMB', 'Mid-market', 'Enterprise'][i % 3]! },
      }),
    );
  }
  const people = [];
  for (let i = 0; i < 16; i++) {
    const org = organizations[i % organizations.length]!;
    const first = FIRST_NAMES[(i * 5 + 3) % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(i * 3 + 2) % LAST_NAMES.length]!;
    people.push(
      await createContact(await rep(i % organizations.length), {
        first_name: first,
        last_name: last,
        contact_id: org.id,
        title: TITLES[(i + 2) % TITLES.length]!,
        email: `${first}.${last}@example.com`.toLowerCase(),
        phone: `+81 3 5555 ${String(2000 + i * 41).slice(-4)}`,
        owner_id: org.owner_id,
      }),
    );
  }

  const stages = await sellDb(db).selectFrom('sell_stages').select(['id', 'name']).where('account_id', '=', account.id).orderBy('position').execute();
  for (let i = 0; i < 14; i++) {
    const person = people[i % people.length]!;
    await createDeal({ db, account, actor: (await findUserById(db.kysely, account.id, person.owner_id!))! }, {
      name: `${['Annual plan', 'Pilot', 'Expansion', 'Renewal'][i % 4]} — ${organizations[i % organizations.length]!.name}`,
      contact_id: person.id,
      value: String(4800 + i * 1250),
      currency: ['USD', 'EUR', 'JPY'][i % 3]!,
      stage_id: stages[i % 6]!.id,
      hot: i % 4 === 0,
      source_id: dealSources[i % dealSources.length]!.id,
      estimated_close_date: new Date(Date.now() + (i + 3) * 7 * 86_400_000).toISOString().slice(0, 10),
      custom_fields: { 'Contract term': ['Monthly', 'Annual', 'Multi-year'][i % 3]! },
    });
  }
  for (const index of [2, 9, 14]) {
    const { lead, ctx } = leads[index]!;
    await convertLead(ctx, lead.id, { create_deal: true, deal_name: `First order — ${lead.organization_name}`, deal_value: '12000' });
  }
  return { leads: leads.length, contacts: organizations.length + people.length, deals: 14 + 3 };
}

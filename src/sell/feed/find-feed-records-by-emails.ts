import { emailKey } from '../../platform/contact-keys.ts';
import { dealsOfContact } from '../matching/match-cards.repo.ts';
import { sellDb } from '../sell-tables.ts';
import type { FeedProjectionContext, FeedRecordRef } from './external-feed.ts';

/** Deals followed per contact at most: a contact's feed-worthy deals, most recently updated first. */
const DEALS_PER_CONTACT = 500;

/**
 * Every lead and contact of the account carrying one of these emails (any email field, compared as
 * O-5 compares them), then the deals of each matched contact (the card's own definition: deals it is
 * the contact or the organization of, or associated with). Account-wide: the projector is the system;
 * who may read the resulting feed items is decided when feeds are read.
 */
export async function findFeedRecordsByEmails(ctx: FeedProjectionContext, emails: Iterable<string>): Promise<FeedRecordRef[]> {
  const keys = [...new Set([...emails].map(emailKey).filter((k): k is string => k !== null))];
  if (keys.length === 0) return [];
  const sell = sellDb(ctx.db);
  const points = await sell
    .selectFrom('sell_contact_points')
    .select(['resource_type', 'resource_id'])
    .distinct()
    .where('account_id', '=', ctx.accountId)
    .where('kind', '=', 'email')
    .where('value', 'in', keys)
    .orderBy('resource_type')
    .orderBy('resource_id')
    .execute();
  const records: FeedRecordRef[] = points.map((p) => ({ resourceType: p.resource_type, resourceId: p.resource_id }));
  const contactIds = points.filter((p) => p.resource_type === 'contact').map((p) => p.resource_id);
  if (contactIds.length === 0) return records;

  const contacts = await sell.selectFrom('sell_contacts').select(['id', 'is_organization']).where('account_id', '=', ctx.accountId).where('id', 'in', contactIds).execute();
  const dealIds = new Set<number>();
  for (const c of contacts) {
    const deals = await dealsOfContact(sell, ctx.accountId, c.id, c.is_organization === 1 ? c.id : -1, DEALS_PER_CONTACT);
    for (const d of deals.rows) dealIds.add(d.id);
  }
  return [...records, ...[...dealIds].sort((a, b) => a - b).map((id) => ({ resourceType: 'deal' as const, resourceId: id }))];
}

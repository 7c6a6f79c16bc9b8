import { sellDb, type SellExecutor } from '../sell-tables.ts';
import type { FeedProjectionContext, FeedRecordRef } from './external-feed.ts';

/**
 * The emails that bring projected items (past chats) to a record's feed: a lead's or contact's own
 * (every email field, as matching keys), a deal's those of its contacts (its contact, its organization,
 * its associated contacts). A record that is gone, or a converted lead, has none.
 */
export async function feedEmailsOfRecord(ctx: FeedProjectionContext, record: FeedRecordRef): Promise<string[]> {
  const sell = sellDb(ctx.db);
  if (record.resourceType !== 'deal') return emailsOf(sell, ctx.accountId, record.resourceType, [record.resourceId]);
  const deal = await sell.selectFrom('sell_deals').select(['contact_id', 'organization_id']).where('account_id', '=', ctx.accountId).where('id', '=', record.resourceId).executeTakeFirst();
  if (!deal) return [];
  const associated = await sell.selectFrom('sell_deal_contacts').select('contact_id').where('account_id', '=', ctx.accountId).where('deal_id', '=', record.resourceId).execute();
  const contactIds = [deal.contact_id, deal.organization_id, ...associated.map((a) => a.contact_id)].filter((id): id is number => id !== null);
  return emailsOf(sell, ctx.accountId, 'contact', contactIds);
}

async function emailsOf(sell: SellExecutor, accountId: number, type: 'lead' | 'contact', ids: number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sell
    .selectFrom('sell_contact_points')
    .select('value')
    .distinct()
    .where('account_id', '=', accountId)
    .where('resource_type', '=', type)
    .where('resource_id', 'in', [...new Set(ids)])
    .where('kind', '=', 'email')
    .orderBy('value')
    .execute();
  return rows.map((r) => r.value);
}

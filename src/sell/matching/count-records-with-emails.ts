import type { OpContext } from '../../platform/context.ts';
import { emailKey } from '../../platform/contact-keys.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';

const SLICE = 500;

/**
 * How many leads and contacts carry at least one of these emails (any email field, O-5's keys), over
 * the whole account: what turning on past chats would bring into feeds (B-3). Sell admins only.
 */
export async function countRecordsWithEmails(opCtx: OpContext, emails: Iterable<string>): Promise<number> {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'count records across the account');
  const keys = [...new Set([...emails].map(emailKey).filter((k): k is string => k !== null))];
  const records = new Set<string>();
  for (let i = 0; i < keys.length; i += SLICE) {
    const rows = await ctx.sell
      .selectFrom('sell_contact_points')
      .select(['resource_type', 'resource_id'])
      .distinct()
      .where('account_id', '=', ctx.account.id)
      .where('kind', '=', 'email')
      .where('value', 'in', keys.slice(i, i + SLICE))
      .execute();
    for (const r of rows) records.add(`${r.resource_type}:${r.resource_id}`);
  }
  return records.size;
}

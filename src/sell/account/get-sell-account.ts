import type { OpContext } from '../../platform/context.ts';
import { apiTime } from '../records/api-time.ts';
import { sellContext } from '../sell-context.ts';

/** `accounts/self`: the account with its Sell settings. */
export async function getSellAccount(opCtx: OpContext) {
  const ctx = await sellContext(opCtx);
  const settings = await ctx.sell.selectFrom('sell_settings').selectAll().where('account_id', '=', ctx.account.id).executeTakeFirst();
  return {
    id: ctx.account.id,
    name: ctx.account.name,
    currency: settings?.currency ?? 'USD',
    time_format: settings?.time_format ?? '24H',
    timezone: settings?.timezone ?? 'UTC',
    phone: null,
    subdomain: ctx.account.subdomain,
    created_at: apiTime(ctx.account.created_at),
    updated_at: apiTime(settings?.updated_at ?? ctx.account.updated_at),
  };
}

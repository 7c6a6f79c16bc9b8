import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { blankField } from '../records/blank-field.ts';
import { sellContext } from '../sell-context.ts';
import { callInputSchema, type CallInput } from './call-input.ts';
import { insertCall, replaceCallDeals } from './calls.repo.ts';
import { checkCallLinks, type CallLinks } from './check-call-links.ts';
import { presentCall } from './present-calls.ts';

/** Logs a call made by the actor (or the Sell user named), on a lead or contact the actor sees, or on none. */
export async function createCall(opCtx: OpContext, rawInput: CallInput) {
  const ctx = await sellContext(opCtx);
  const input = callInputSchema.parse(rawInput);
  if (!input.phone_number) throw blankField('phone_number', 'Give the phone number of the call.');
  const links: CallLinks = {
    resource_type: input.resource_type ?? null,
    resource_id: input.resource_id ?? null,
    user_id: input.user_id ?? ctx.actor.id,
    outcome_id: input.outcome_id ?? null,
    associated_deal_ids: [...new Set(input.associated_deal_ids ?? [])],
  };
  await checkCallLinks(ctx, links, null);
  const call = await ctx.sell.transaction().execute(async (trx) => {
    const now = nowIso();
    const { associated_deal_ids: dealIds, ...columns } = links;
    const row = await insertCall(trx, {
      account_id: ctx.account.id,
      ...columns,
      summary: input.summary ?? null,
      recording_url: input.recording_url ?? null,
      duration: input.duration ?? null,
      phone_number: input.phone_number!,
      incoming: input.incoming ? 1 : 0,
      missed: input.missed ? 1 : 0,
      external_id: input.external_id ?? null,
      made_at: input.made_at ?? now,
      created_at: now,
      updated_at: now,
    });
    await replaceCallDeals(trx, ctx.account.id, row.id, dealIds);
    return row;
  });
  return presentCall(ctx.sell, ctx.account.id, call);
}

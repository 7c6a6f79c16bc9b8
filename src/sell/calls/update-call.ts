import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { blankField } from '../records/blank-field.ts';
import { sellContext } from '../sell-context.ts';
import type { CallRow } from '../sell-tables.ts';
import { callInputSchema, type CallInput, type ParsedCallInput } from './call-input.ts';
import { readCallDeals, replaceCallDeals, updateCallRow } from './calls.repo.ts';
import { checkCallLinks, type CallLinks } from './check-call-links.ts';
import { loadVisibleCall } from './load-visible-call.ts';
import { presentCall } from './present-calls.ts';

/** Changes only the fields sent (PUT is partial); `associated_deal_ids` sent replaces the whole list. */
export async function updateCall(opCtx: OpContext, id: number, rawInput: CallInput) {
  const ctx = await sellContext(opCtx);
  const input = callInputSchema.parse(rawInput);
  const before = await loadVisibleCall(ctx, id);
  const sent = <K extends keyof ParsedCallInput & keyof CallRow>(key: K) => (input[key] !== undefined ? input[key] : before[key]) as CallRow[K];
  const phoneNumber = sent('phone_number');
  if (!phoneNumber) throw blankField('phone_number', 'Give the phone number of the call.');
  const beforeLinks: CallLinks = { ...before, associated_deal_ids: (await readCallDeals(ctx.sell, ctx.account.id, [id])).get(id) ?? [] };
  const links: CallLinks = {
    resource_type: sent('resource_type'),
    resource_id: sent('resource_id'),
    user_id: sent('user_id'),
    outcome_id: sent('outcome_id'),
    associated_deal_ids: input.associated_deal_ids !== undefined ? [...new Set(input.associated_deal_ids ?? [])] : beforeLinks.associated_deal_ids,
  };
  await checkCallLinks(ctx, links, beforeLinks);
  const flag = (key: 'incoming' | 'missed') => (input[key] !== undefined ? (input[key] ? 1 : 0) : before[key]);
  const call = await ctx.sell.transaction().execute(async (trx) => {
    const { associated_deal_ids: dealIds, ...columns } = links;
    const row = await updateCallRow(trx, ctx.account.id, id, {
      ...columns,
      summary: sent('summary'),
      recording_url: sent('recording_url'),
      duration: sent('duration'),
      phone_number: phoneNumber,
      incoming: flag('incoming'),
      missed: flag('missed'),
      external_id: sent('external_id'),
      made_at: input.made_at ?? before.made_at,
      updated_at: nowIso(),
    });
    if (input.associated_deal_ids !== undefined) await replaceCallDeals(trx, ctx.account.id, id, dealIds);
    return row;
  });
  return presentCall(ctx.sell, ctx.account.id, call);
}

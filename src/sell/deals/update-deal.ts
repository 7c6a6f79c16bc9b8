import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { loadReferencedContact, organizationIdOf } from '../contacts/referenced-contact.ts';
import { prepareCustomValues } from '../custom-fields/custom-values.ts';
import { resolveDealStage } from '../pipelines/resolve-deal-stage.ts';
import { apiTime } from '../records/api-time.ts';
import { blankField } from '../records/blank-field.ts';
import { ownerFromPool, refuseOwnerAndPool } from '../records/pool-owner.ts';
import { completeRecordUpdate } from '../records/record-writes.ts';
import { ownerAfterUpdate } from '../records/resolve-owner.ts';
import { sellContext, type SellContext } from '../sell-context.ts';
import type { TrackedChange } from '../sell-events.ts';
import type { DealRow } from '../sell-tables.ts';
import { checkDealReasons } from './check-deal-reasons.ts';
import { dealInputSchema, type DealInput, type ParsedDealInput } from './deal-input.ts';
import { findAccountCurrency, updateDealRow } from './deals.repo.ts';
import { loadVisibleDeal } from './load-visible-deal.ts';

/**
 * Changes only the fields sent (PUT is partial). Moving the deal to another stage stamps who moved it
 * and when; stage and owner changes go to the feed. Links sent back unchanged are not checked again,
 * so a rep can PUT a deal whose contact they do not see.
 */
export async function updateDeal(opCtx: OpContext, id: number, rawInput: DealInput) {
  const ctx = await sellContext(opCtx);
  const input = dealInputSchema.parse(rawInput);
  const before = await loadVisibleDeal(ctx, id);
  const sent = <K extends keyof ParsedDealInput & keyof DealRow>(key: K) => (input[key] !== undefined ? input[key] : before[key]) as DealRow[K];

  const name = sent('name');
  if (!name) throw blankField('name', 'Enter a name for the deal.');
  refuseOwnerAndPool(input);
  const chosenOwner = input.pool_id === undefined ? await ownerAfterUpdate(ctx, input.owner_id, before.owner_id) : before.owner_id;
  const stageId = input.stage_id == null || input.stage_id === before.stage_id ? before.stage_id : (await resolveDealStage(ctx.sell, ctx.account.id, input.stage_id)).id;
  const contact = await contactLink(ctx, input, before);
  await checkDealReasons(ctx, input);
  const currency = input.currency !== undefined ? (input.currency ?? (await findAccountCurrency(ctx.sell, ctx.account.id))) : before.currency;
  const writeCustom = await prepareCustomValues(ctx.sell, ctx.account.id, 'deal', input.custom_fields);

  const now = nowIso();
  const stageMoved = stageId !== before.stage_id;
  // A client that sends back the stamp it read has not set it: only a new value counts.
  const stampSent = input.last_stage_change_at != null && apiTime(input.last_stage_change_at) !== apiTime(before.last_stage_change_at);

  return ctx.sell.transaction().execute(async (trx) => {
    const { ownerId, assignment } = await ownerFromPool(trx, ctx, 'deal', input.pool_id, chosenOwner);
    const changes: TrackedChange[] = [];
    if (stageMoved) changes.push({ field: 'stage_id', from: before.stage_id, to: stageId });
    if (ownerId !== before.owner_id) changes.push({ field: 'owner_id', from: before.owner_id, to: ownerId });
    const deal = await updateDealRow(trx, ctx.account.id, id, {
      name,
      owner_id: ownerId,
      ...contact,
      value: input.value !== undefined ? (input.value ?? '0') : before.value,
      currency,
      hot: input.hot !== undefined ? (input.hot ? 1 : 0) : before.hot,
      stage_id: stageId,
      source_id: sent('source_id'),
      loss_reason_id: sent('loss_reason_id'),
      unqualified_reason_id: sent('unqualified_reason_id'),
      estimated_close_date: sent('estimated_close_date'),
      customized_win_likelihood: sent('customized_win_likelihood'),
      last_stage_change_at: stampSent ? input.last_stage_change_at! : stageMoved ? now : before.last_stage_change_at,
      last_stage_change_by_id: stageMoved ? ctx.actor.id : before.last_stage_change_by_id,
      added_at: input.added_on != null && apiTime(input.added_on) !== apiTime(before.added_at) ? input.added_on : before.added_at,
      updated_at: now,
    });
    await completeRecordUpdate(trx, ctx, 'deal', id, changes, { tags: input.tags, writeCustom, assignment });
    return deal;
  });
}

/** The primary contact and the organization that follows from it; unchanged unless a new contact is sent. */
async function contactLink(ctx: SellContext, input: ParsedDealInput, before: DealRow) {
  if (input.contact_id === undefined || input.contact_id === before.contact_id) return { contact_id: before.contact_id, organization_id: before.organization_id };
  if (input.contact_id === null) return { contact_id: null, organization_id: null };
  const contact = await loadReferencedContact(ctx, 'contact_id', input.contact_id);
  return { contact_id: contact.id, organization_id: organizationIdOf(contact) };
}

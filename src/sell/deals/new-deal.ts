import { nowIso } from '../../platform/db/time.ts';
import { organizationIdOf } from '../contacts/referenced-contact.ts';
import { prepareCustomValues } from '../custom-fields/custom-values.ts';
import { resolveDealStage } from '../pipelines/resolve-deal-stage.ts';
import { blankField } from '../records/blank-field.ts';
import { ownerFromPool, refuseOwnerAndPool } from '../records/pool-owner.ts';
import { completeNewRecord } from '../records/record-writes.ts';
import { ownerForNewRecord } from '../records/resolve-owner.ts';
import type { SellContext } from '../sell-context.ts';
import type { ContactRow, SellExecutor } from '../sell-tables.ts';
import { ensureSellSetup } from '../setup/ensure-sell-setup.ts';
import { checkDealReasons } from './check-deal-reasons.ts';
import type { ParsedDealInput } from './deal-input.ts';
import { findAccountCurrency, insertDeal } from './deals.repo.ts';

export type NewDeal = Awaited<ReturnType<typeof prepareNewDeal>>;

/**
 * Checks a new deal before any write. Split from `insertNewDeal` so a caller that creates several
 * records (lead conversion) checks them all first and writes them in one transaction.
 */
export async function prepareNewDeal(ctx: SellContext, input: ParsedDealInput) {
  await ensureSellSetup(ctx.db, ctx.account.id);
  if (!input.name) throw blankField('name', 'Enter a name for the deal.');
  refuseOwnerAndPool(input);
  const ownerId = input.pool_id === undefined ? await ownerForNewRecord(ctx, input.owner_id) : null;
  const stage = await resolveDealStage(ctx.sell, ctx.account.id, input.stage_id);
  await checkDealReasons(ctx, input);
  const currency = input.currency ?? (await findAccountCurrency(ctx.sell, ctx.account.id));
  const writeCustom = await prepareCustomValues(ctx.sell, ctx.account.id, 'deal', input.custom_fields);
  return { input, name: input.name, ownerId, stageId: stage.id, currency, writeCustom };
}

/** Writes a prepared deal for its primary contact, with its tags and custom values, and announces it. */
export async function insertNewDeal(trx: SellExecutor, ctx: SellContext, prepared: NewDeal, links: { contact: ContactRow | null; leadId?: number }) {
  const { input, name, stageId, currency } = prepared;
  const now = nowIso();
  const { ownerId, assignment } = await ownerFromPool(trx, ctx, 'deal', input.pool_id, prepared.ownerId);
  const deal = await insertDeal(trx, {
    account_id: ctx.account.id,
    owner_id: ownerId,
    creator_id: ctx.actor.id,
    name,
    contact_id: links.contact?.id ?? null,
    organization_id: organizationIdOf(links.contact),
    value: input.value ?? '0',
    currency,
    hot: input.hot ? 1 : 0,
    stage_id: stageId,
    source_id: input.source_id ?? null,
    loss_reason_id: input.loss_reason_id ?? null,
    unqualified_reason_id: input.unqualified_reason_id ?? null,
    estimated_close_date: input.estimated_close_date ?? null,
    customized_win_likelihood: input.customized_win_likelihood ?? null,
    // The deal entered its first stage when it was made, unless the client says otherwise.
    last_stage_change_at: input.last_stage_change_at ?? now,
    last_stage_change_by_id: ctx.actor.id,
    last_activity_at: null,
    added_at: input.added_on ?? now,
    lead_id: links.leadId ?? null,
    created_at: now,
    updated_at: now,
  });
  await completeNewRecord(trx, ctx, 'deal', { id: deal.id, owner_id: ownerId, name }, { tags: input.tags ?? undefined, writeCustom: prepared.writeCustom, assignment });
  return deal;
}

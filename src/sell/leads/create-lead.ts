import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { withinTransaction } from '../../platform/db/transaction.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { prepareCustomValues } from '../custom-fields/custom-values.ts';
import { resolveLeadStatus } from '../lead-statuses/resolve-lead-status.ts';
import { checkNamedItem } from '../named-items/check-named-item.ts';
import { checkOwner } from '../records/check-owner.ts';
import { personColumns } from '../records/person-columns.ts';
import { requireLeadName } from '../records/require-name.ts';
import { sellContext } from '../sell-context.ts';
import '../sell-events.ts';
import { ensureSellSetup } from '../setup/ensure-sell-setup.ts';
import { writeTags } from '../tags/taggings.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { assignFromPool, notePickedRecord } from '../pools/assign-from-pool.ts';
import { leadInputSchema, type LeadInput } from './lead-input.ts';
import { insertLead } from './leads.repo.ts';
import { refreshContactPoints } from '../matching/refresh-contact-points.ts';
import { displayNameOfLead } from './lead-name.ts';

/**
 * Creates a lead owned by the given user, the user a pool picks, or by default whoever creates it.
 * Given a context whose db is a transaction (inOneTransaction), the lead commits with the caller's writes.
 */
export async function createLead(opCtx: OpContext, rawInput: LeadInput) {
  const ctx = await sellContext(opCtx);
  const input = leadInputSchema.parse(rawInput);
  await ensureSellSetup(ctx.db, ctx.account.id);
  const fields = {
    first_name: input.first_name ?? null,
    last_name: input.last_name ?? null,
    organization_name: input.organization_name ?? null,
  };
  requireLeadName(fields);
  if (input.pool_id !== undefined && input.owner_id) throw invalid('pool_id', 'Send owner_id or pool_id, not both.');
  if (input.pool_id === undefined) await checkOwner(ctx.sell, ctx.account.id, input.owner_id ?? ctx.actor.id);
  await checkNamedItem(ctx.sell, ctx.account.id, 'lead_source', 'source_id', input.source_id);
  const status = await resolveLeadStatus(ctx.sell, ctx.account.id, input.status);
  const writeCustom = await prepareCustomValues(ctx.sell, ctx.account.id, 'lead', input.custom_fields);

  return withinTransaction(ctx.sell, async (trx) => {
    const now = nowIso();
    const assignment = input.pool_id !== undefined ? await assignFromPool(trx, ctx.account.id, input.pool_id, 'lead') : null;
    const ownerId = assignment?.userId ?? input.owner_id ?? ctx.actor.id;
    const lead = await insertLead(trx, {
      account_id: ctx.account.id,
      owner_id: ownerId,
      creator_id: ctx.actor.id,
      ...fields,
      status,
      source_id: input.source_id ?? null,
      ...personColumns(input, null),
      converted_at: null,
      converted_contact_id: null,
      converted_deal_id: null,
      created_at: now,
      updated_at: now,
    });
    if (input.tags) await writeTags(trx, ctx.account.id, ctx.actor.id, 'lead', lead.id, input.tags);
    await writeCustom(trx, lead.id);
    if (assignment) await notePickedRecord(trx, assignment.pickId, lead.id);
    await refreshContactPoints(trx, ctx.account.id, 'lead', lead.id);
    await appendEvent(trx, ctx.account.id, 'sell.record.created', {
      resourceType: 'lead',
      resourceId: lead.id,
      actorId: ctx.actor.id,
      ownerId,
      name: displayNameOfLead(lead),
      ...(assignment ? { ownerReason: assignment.reason } : {}),
    });
    return lead;
  });
}

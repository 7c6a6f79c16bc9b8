import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { prepareCustomValues } from '../custom-fields/custom-values.ts';
import { resolveLeadStatus } from '../lead-statuses/resolve-lead-status.ts';
import { checkNamedItem } from '../named-items/check-named-item.ts';
import { checkOwner } from '../records/check-owner.ts';
import { personColumns } from '../records/person-columns.ts';
import { requireLeadName } from '../records/require-name.ts';
import { sellContext } from '../sell-context.ts';
import type { TrackedChange } from '../sell-events.ts';
import { writeTags } from '../tags/taggings.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { assignFromPool, notePickedRecord } from '../pools/assign-from-pool.ts';
import { leadInputSchema, type LeadInput } from './lead-input.ts';
import { updateLeadRow } from './leads.repo.ts';
import { refreshContactPoints } from '../matching/refresh-contact-points.ts';
import { loadVisibleLead } from './load-visible-lead.ts';

/** Changes only the fields sent (PUT is partial); status and owner changes go to the feed. */
export async function updateLead(opCtx: OpContext, id: number, rawInput: LeadInput) {
  const ctx = await sellContext(opCtx);
  const input = leadInputSchema.parse(rawInput);
  const before = await loadVisibleLead(ctx, id);
  const names = {
    first_name: input.first_name !== undefined ? input.first_name : before.first_name,
    last_name: input.last_name !== undefined ? input.last_name : before.last_name,
    organization_name: input.organization_name !== undefined ? input.organization_name : before.organization_name,
  };
  requireLeadName(names);
  if (input.pool_id !== undefined && input.owner_id) throw invalid('pool_id', 'Send owner_id or pool_id, not both.');
  const requestedOwner = input.owner_id !== undefined ? (input.owner_id ?? ctx.actor.id) : before.owner_id;
  if (input.pool_id === undefined && requestedOwner !== before.owner_id && requestedOwner !== null) await checkOwner(ctx.sell, ctx.account.id, requestedOwner);
  if (input.source_id !== undefined) await checkNamedItem(ctx.sell, ctx.account.id, 'lead_source', 'source_id', input.source_id);
  const status = input.status !== undefined ? await resolveLeadStatus(ctx.sell, ctx.account.id, input.status) : before.status;
  const writeCustom = await prepareCustomValues(ctx.sell, ctx.account.id, 'lead', input.custom_fields);

  return ctx.sell.transaction().execute(async (trx) => {
    const assignment = input.pool_id !== undefined ? await assignFromPool(trx, ctx.account.id, input.pool_id, 'lead') : null;
    const ownerId = assignment?.userId ?? requestedOwner;
    const changes: TrackedChange[] = [];
    if (status !== before.status) changes.push({ field: 'status', from: before.status, to: status });
    if (ownerId !== before.owner_id) changes.push({ field: 'owner_id', from: before.owner_id, to: ownerId });
    if (assignment) await notePickedRecord(trx, assignment.pickId, id);
    const lead = await updateLeadRow(trx, ctx.account.id, id, {
      ...names,
      owner_id: ownerId,
      status,
      source_id: input.source_id !== undefined ? input.source_id : before.source_id,
      ...personColumns(input, before),
      updated_at: nowIso(),
    });
    if (input.tags !== undefined) await writeTags(trx, ctx.account.id, ctx.actor.id, 'lead', id, input.tags ?? []);
    await writeCustom(trx, id);
    await refreshContactPoints(trx, ctx.account.id, 'lead', id);
    // Every update is an event (sync clients need it); the feed shows only the tracked changes.
    await appendEvent(trx, ctx.account.id, 'sell.record.updated', {
      resourceType: 'lead',
      resourceId: id,
      actorId: ctx.actor.id,
      changes,
      ...(assignment ? { ownerReason: assignment.reason } : {}),
    });
    return lead;
  });
}

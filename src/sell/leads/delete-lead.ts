import type { OpContext } from '../../platform/context.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { deleteRecordTraces } from '../records/delete-record-traces.ts';
import { sellContext } from '../sell-context.ts';
import { deleteLeadRow } from './leads.repo.ts';
import { loadVisibleLead } from './load-visible-lead.ts';

export async function deleteLead(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleLead(ctx, id);
  await ctx.sell.transaction().execute(async (trx) => {
    await deleteRecordTraces(trx, ctx.account.id, 'lead', id);
    await deleteLeadRow(trx, ctx.account.id, id);
    await appendEvent(trx, ctx.account.id, 'sell.record.deleted', { resourceType: 'lead', resourceId: id, actorId: ctx.actor.id });
  });
}

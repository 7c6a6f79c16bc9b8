import type { OpContext } from '../../platform/context.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { deleteRecordTraces } from '../records/delete-record-traces.ts';
import { sellContext } from '../sell-context.ts';
import { deleteDealRow } from './deals.repo.ts';
import { loadVisibleDeal } from './load-visible-deal.ts';

/** Deletes a deal with its associated contacts (the contacts themselves stay). */
export async function deleteDeal(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleDeal(ctx, id);
  await ctx.sell.transaction().execute(async (trx) => {
    await deleteRecordTraces(trx, ctx.account.id, 'deal', id);
    await deleteDealRow(trx, ctx.account.id, id);
    await appendEvent(trx, ctx.account.id, 'sell.record.deleted', { resourceType: 'deal', resourceId: id, actorId: ctx.actor.id });
  });
}

import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { deleteRecordTraces } from '../records/delete-record-traces.ts';
import { sellContext } from '../sell-context.ts';
import '../sell-events.ts';
import { deleteContactRow, detachFromContact } from './contacts.repo.ts';
import { loadVisibleContact } from './load-visible-contact.ts';

/** Deletes a contact; its people and deals stay, no longer linked to it, and each of them says so. */
export async function deleteContact(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleContact(ctx, id);
  await ctx.sell.transaction().execute(async (trx) => {
    for (const record of await detachFromContact(trx, ctx.account.id, id, nowIso())) {
      await appendEvent(trx, ctx.account.id, 'sell.record.updated', { ...record, actorId: ctx.actor.id, changes: [] });
    }
    await deleteRecordTraces(trx, ctx.account.id, 'contact', id);
    await deleteContactRow(trx, ctx.account.id, id);
    await appendEvent(trx, ctx.account.id, 'sell.record.deleted', { resourceType: 'contact', resourceId: id, actorId: ctx.actor.id });
  });
}

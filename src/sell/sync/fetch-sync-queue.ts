import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { toContactView } from '../contacts/contact-view.ts';
import { toDealView } from '../deals/deal-view.ts';
import { toLeadView } from '../leads/lead-view.ts';
import { presentRecords } from '../records/present-records.ts';
import { tableOf } from '../records/resource-tables.ts';
import { recordInView } from '../records/visibility-conditions.ts';
import { sellContext } from '../sell-context.ts';
import type { ContactRow, DealRow, LeadRow, ResourceType } from '../sell-tables.ts';
import { ackKeyOf } from './ack-keys.ts';
import { SYNC_PAGE_SIZE } from './start-sync.ts';
import { syncDevice } from './sync-device.ts';

async function views(ctx: Awaited<ReturnType<typeof sellContext>>, type: ResourceType, ids: number[]) {
  if (ids.length === 0) return new Map<number, object>();
  const table = tableOf[type];
  const rows = await ctx.sell
    .selectFrom(table)
    .selectAll()
    .where('account_id', '=', ctx.account.id)
    .where('id', 'in', ids)
    .where((eb) => recordInView(eb, table, type, ctx.visibility))
    .execute();
  const present =
    type === 'lead'
      ? await presentRecords(ctx.sell, ctx.account.id, type, rows as LeadRow[], toLeadView)
      : type === 'contact'
        ? await presentRecords(ctx.sell, ctx.account.id, type, rows as ContactRow[], toContactView)
        : await presentRecords(ctx.sell, ctx.account.id, type, rows as DealRow[], toDealView);
  return new Map<number, object>(present.map((v) => [(v as { id: number }).id, v]));
}

/** The next page of a session's queue; null once it is drained (204). */
export async function fetchSyncQueue(opCtx: OpContext, deviceUuid: string | undefined, sessionId: string) {
  const ctx = await sellContext(opCtx);
  const device = await syncDevice(ctx, deviceUuid, false);
  const session = device
    ? await ctx.sell.selectFrom('sell_sync_sessions').selectAll().where('id', '=', sessionId).where('device_id', '=', device.id).executeTakeFirst()
    : undefined;
  if (!session) throw notFound('That sync session');
  const items = await ctx.sell
    .selectFrom('sell_sync_session_items')
    .selectAll()
    .where('session_id', '=', session.id)
    .where('seq', '>', session.position)
    .orderBy('seq')
    .limit(SYNC_PAGE_SIZE)
    .execute();
  if (items.length === 0) return null;
  await ctx.sell.updateTable('sell_sync_sessions').set({ position: items.at(-1)!.seq }).where('id', '=', session.id).execute();

  const byType = new Map<ResourceType, Map<number, object>>();
  for (const type of ['lead', 'contact', 'deal'] as ResourceType[]) {
    byType.set(type, await views(ctx, type, items.filter((i) => i.resource_type === type && i.event_type !== 'deleted').map((i) => i.resource_id)));
  }
  return {
    items: items.map((item) => {
      const data = byType.get(item.resource_type)!.get(item.resource_id);
      // A record deleted, or gone from the user's view, since the snapshot is sent as deleted: only its id.
      const eventType = data ? item.event_type : 'deleted';
      return {
        data: data ?? { id: item.resource_id },
        meta: {
          type: item.resource_type,
          sync: { event_type: eventType, ack_key: ackKeyOf(item.resource_type, item.resource_id, item.revision, eventType === 'deleted'), revision: item.revision },
        },
      };
    }),
    countLeft: session.total - items.at(-1)!.seq,
  };
}

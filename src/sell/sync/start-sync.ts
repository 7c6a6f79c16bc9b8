import crypto from 'node:crypto';
import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { sellContext } from '../sell-context.ts';
import { teamIds } from '../visibility.ts';
import { syncDevice } from './sync-device.ts';

export const SYNC_PAGE_SIZE = 100;

/**
 * Starts a sync session: a snapshot of every record the user sees whose latest revision this device
 * has not acknowledged (deletions only of records it had). Null when there is nothing new (204).
 */
export async function startSync(opCtx: OpContext, deviceUuid: string | undefined) {
  const ctx = await sellContext(opCtx);
  const device = (await syncDevice(ctx, deviceUuid, true))!;
  let pending = ctx.sell
    .selectFrom('sell_record_revisions as r')
    .leftJoin('sell_sync_acks as a', (join) =>
      join.on('a.device_id', '=', device.id).onRef('a.resource_type', '=', 'r.resource_type').onRef('a.resource_id', '=', 'r.resource_id'),
    )
    .select(['r.resource_type', 'r.resource_id', 'r.revision', 'r.event_type'])
    .where('r.account_id', '=', ctx.account.id)
    .where((eb) => eb.or([eb('a.revision', 'is', null), eb('a.revision', '<', eb.ref('r.revision'))]))
    .where((eb) => eb.or([eb('r.event_type', '!=', 'deleted'), eb('a.revision', 'is not', null)]));
  if (!ctx.visibility.all) {
    const team = teamIds(ctx.visibility);
    pending = pending.where((eb) =>
      eb.or([
        eb('r.owner_id', 'in', team),
        eb('r.event_type', '=', 'deleted'),
        eb.exists(
          eb
            .selectFrom('sell_collaborations as c')
            .select('c.id')
            .whereRef('c.resource_type', '=', 'r.resource_type')
            .whereRef('c.resource_id', '=', 'r.resource_id')
            .where('c.collaborator_id', 'in', team),
        ),
      ]),
    );
  }
  const rows = await pending.orderBy('r.revision').execute();
  if (rows.length === 0) return null;
  const id = crypto.randomUUID();
  await ctx.sell.transaction().execute(async (trx) => {
    await trx.insertInto('sell_sync_sessions').values({ id, device_id: device.id, position: 0, total: rows.length, created_at: nowIso() }).execute();
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('sell_sync_session_items')
        .values(rows.slice(i, i + 500).map((r, j) => ({ session_id: id, seq: i + j + 1, ...r })))
        .execute();
    }
  });
  return { id, pages: Math.ceil(rows.length / SYNC_PAGE_SIZE), totalCount: rows.length };
}

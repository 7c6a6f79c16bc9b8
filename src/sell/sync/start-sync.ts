import crypto from 'node:crypto';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { sellContext } from '../sell-context.ts';
import type { SyncEventType } from '../sell-tables.ts';
import { teamIds, type Visibility } from '../visibility.ts';
import { syncDevice } from './sync-device.ts';

export const SYNC_PAGE_SIZE = 100;

/** The record of revision row `r` is in the user's view: owned by their team, or shared with it. */
function inView(eb: ExpressionBuilder<any, any>, visibility: Visibility): Expression<SqlBool> {
  if (visibility.all) return sql<SqlBool>`1 = 1`;
  const team = teamIds(visibility);
  return eb.or([
    eb('r.owner_id', 'in', team),
    eb.exists(
      eb
        .selectFrom('sell_collaborations as c')
        .select('c.id')
        .whereRef('c.resource_type', '=', 'r.resource_type')
        .whereRef('c.resource_id', '=', 'r.resource_id')
        .where('c.collaborator_id', 'in', team),
    ),
  ]);
}

/**
 * Starts a sync session: a snapshot of every record the user sees whose latest revision this device
 * has not acknowledged, and a deletion for every record the device holds that was destroyed or that
 * the user no longer sees (a collaboration removed, the record given to another team). Null when
 * there is nothing new (204).
 */
export async function startSync(opCtx: OpContext, deviceUuid: string | undefined) {
  const ctx = await sellContext(opCtx);
  const device = (await syncDevice(ctx, deviceUuid, true))!;
  const found = await ctx.sell
    .selectFrom('sell_record_revisions as r')
    .leftJoin('sell_sync_acks as a', (join) =>
      join.on('a.device_id', '=', device.id).onRef('a.resource_type', '=', 'r.resource_type').onRef('a.resource_id', '=', 'r.resource_id'),
    )
    .select((eb) => ['r.resource_type', 'r.resource_id', 'r.revision', 'r.event_type', eb.case().when(inView(eb, ctx.visibility)).then(1).else(0).end().as('in_view')])
    .where('r.account_id', '=', ctx.account.id)
    .where((eb) => {
      const held = eb('a.revision', 'is not', null);
      const unacked = eb.or([eb('a.revision', 'is', null), eb('a.revision', '<', eb.ref('r.revision'))]);
      const live = eb('r.event_type', '!=', 'deleted');
      const wanted = [eb.and([live, unacked, inView(eb, ctx.visibility)]), eb.and([eb('r.event_type', '=', 'deleted'), held, unacked])];
      // Out of view now: the device's copy goes, whatever its revision (until the deletion is acknowledged).
      if (!ctx.visibility.all) wanted.push(eb.and([live, held, eb.not(inView(eb, ctx.visibility))]));
      return eb.or(wanted);
    })
    .orderBy('r.revision')
    .execute();
  if (found.length === 0) return null;
  const rows = found.map(({ in_view, event_type, ...r }) => ({ ...r, event_type: (Number(in_view) === 1 ? event_type : 'deleted') as SyncEventType }));
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

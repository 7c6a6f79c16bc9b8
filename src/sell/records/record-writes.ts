import { appendEvent } from '../../platform/events/append-event.ts';
import type { prepareCustomValues } from '../custom-fields/custom-values.ts';
import type { PoolAssignment } from '../pools/assign-from-pool.ts';
import type { SellContext } from '../sell-context.ts';
import '../sell-events.ts';
import type { TrackedChange } from '../sell-events.ts';
import type { ResourceType, SellExecutor } from '../sell-tables.ts';
import { writeTags } from '../tags/taggings.ts';
import { notePoolPick } from './pool-owner.ts';
import { refreshContactPoints } from '../matching/refresh-contact-points.ts';

type Extras = {
  /** undefined: leave the tags alone; a list (null for none) replaces them */
  tags: string[] | null | undefined;
  writeCustom: Awaited<ReturnType<typeof prepareCustomValues>>;
  assignment: PoolAssignment | null;
};

async function writeExtras(trx: SellExecutor, ctx: SellContext, resourceType: ResourceType, id: number, extras: Extras) {
  if (extras.tags !== undefined) await writeTags(trx, ctx.account.id, ctx.actor.id, resourceType, id, extras.tags ?? []);
  await extras.writeCustom(trx, id);
  await notePoolPick(trx, extras.assignment, id);
  await refreshContactPoints(trx, ctx.account.id, resourceType, id);
}

/** What follows the insert of a contact or deal, in its transaction: tags, custom values, the pool's pick, the event. */
export async function completeNewRecord(
  trx: SellExecutor,
  ctx: SellContext,
  resourceType: ResourceType,
  record: { id: number; owner_id: number | null; name: string },
  extras: Extras,
) {
  await writeExtras(trx, ctx, resourceType, record.id, extras);
  await appendEvent(trx, ctx.account.id, 'sell.record.created', {
    resourceType,
    resourceId: record.id,
    actorId: ctx.actor.id,
    ownerId: record.owner_id,
    name: record.name,
    ...(extras.assignment ? { ownerReason: extras.assignment.reason } : {}),
  });
}

/**
 * What follows the update of a contact or deal, in its transaction. Every update is an event (sync
 * clients follow them all); the feed shows only the tracked changes.
 */
export async function completeRecordUpdate(trx: SellExecutor, ctx: SellContext, resourceType: ResourceType, id: number, changes: TrackedChange[], extras: Extras) {
  await writeExtras(trx, ctx, resourceType, id, extras);
  await appendEvent(trx, ctx.account.id, 'sell.record.updated', {
    resourceType,
    resourceId: id,
    actorId: ctx.actor.id,
    changes,
    ...(extras.assignment ? { ownerReason: extras.assignment.reason } : {}),
  });
}

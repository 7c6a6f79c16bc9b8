import type { SellContext } from '../sell-context.ts';
import { checkOwner } from './check-owner.ts';

/** The owner of a new record: the user asked for, or whoever creates it; checked either way. */
export async function ownerForNewRecord(ctx: SellContext, requested: number | null | undefined): Promise<number> {
  const ownerId = requested ?? ctx.actor.id;
  await checkOwner(ctx.sell, ctx.account.id, ownerId);
  return ownerId;
}

/** The owner after an update: unchanged unless sent; `null` hands the record to whoever updates it. */
export async function ownerAfterUpdate(ctx: SellContext, requested: number | null | undefined, current: number | null): Promise<number | null> {
  if (requested === undefined) return current;
  const ownerId = requested ?? ctx.actor.id;
  if (ownerId !== current) await checkOwner(ctx.sell, ctx.account.id, ownerId);
  return ownerId;
}

import crypto from 'node:crypto';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import type { SellContext } from '../sell-context.ts';
import { missingDevice } from './sync-errors.ts';

/** The device's record (made on first sight): acknowledgements are kept per user and device. */
export async function syncDevice(ctx: SellContext, deviceUuid: string | undefined, create: boolean) {
  const uuid = deviceUuid?.trim();
  if (!uuid || uuid.length > 100) throw missingDevice();
  const find = () =>
    ctx.sell
      .selectFrom('sell_sync_devices')
      .selectAll()
      .where('account_id', '=', ctx.account.id)
      .where('user_id', '=', ctx.actor.id)
      .where('device_uuid', '=', uuid)
      .executeTakeFirst();
  const found = await find();
  if (found || !create) return found;
  try {
    return await ctx.sell
      .insertInto('sell_sync_devices')
      .values({ id: crypto.randomUUID(), account_id: ctx.account.id, user_id: ctx.actor.id, device_uuid: uuid, created_at: nowIso() })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    if (isUniqueViolation(error)) return find();
    throw error;
  }
}

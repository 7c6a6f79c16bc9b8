import { z } from 'zod';
import type { OpContext } from '../../platform/context.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { sellContext } from '../sell-context.ts';
import { parseAckKey } from './ack-keys.ts';
import { syncDevice } from './sync-device.ts';

const ackSchema = z.object({ ack_keys: z.array(z.string().max(100)).max(10_000) });

/**
 * Marks items as received on this device; a key for an older revision never undoes a newer one. An
 * acknowledged deletion (a destroyed record, or one the user no longer sees) forgets the device's copy,
 * so nothing more is sent about the record unless it comes back into view.
 */
export async function ackSync(opCtx: OpContext, deviceUuid: string | undefined, raw: unknown) {
  const ctx = await sellContext(opCtx);
  const device = (await syncDevice(ctx, deviceUuid, true))!;
  const { ack_keys } = ackSchema.parse(raw);
  const acks = ack_keys.map((key) => {
    const ack = parseAckKey(key);
    if (!ack) throw invalid('ack_keys', `"${key}" is not an ack_key this server gave out.`);
    return ack;
  });
  await ctx.sell.transaction().execute(async (trx) => {
    for (const { deleted, ...ack } of acks) {
      if (deleted) {
        await trx
          .deleteFrom('sell_sync_acks')
          .where('device_id', '=', device.id)
          .where('resource_type', '=', ack.resource_type)
          .where('resource_id', '=', ack.resource_id)
          .where('revision', '<=', ack.revision)
          .execute();
        continue;
      }
      const current = await trx
        .selectFrom('sell_sync_acks')
        .select('revision')
        .where('device_id', '=', device.id)
        .where('resource_type', '=', ack.resource_type)
        .where('resource_id', '=', ack.resource_id)
        .executeTakeFirst();
      if (current && current.revision >= ack.revision) continue;
      await trx
        .insertInto('sell_sync_acks')
        .values({ device_id: device.id, ...ack })
        .onConflict((oc) => oc.columns(['device_id', 'resource_type', 'resource_id']).doUpdateSet({ revision: ack.revision }))
        .execute();
    }
  });
}

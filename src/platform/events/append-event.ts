import type { Executor } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import type { PlatformEvents, PlatformEventType } from './catalogue.ts';

/**
 * Writes an event to the outbox. Call it with the transaction that makes the change, so the event
 * exists exactly when the change does.
 */
export async function appendEvent<T extends PlatformEventType>(
  trx: Executor,
  accountId: number,
  type: T,
  payload: PlatformEvents[T],
): Promise<void> {
  await trx
    .insertInto('outbox')
    .values({ account_id: accountId, type, payload: JSON.stringify(payload), created_at: nowIso(), dispatched_at: null })
    .execute();
}

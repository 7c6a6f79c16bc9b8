import type { Kysely, Transaction } from 'kysely';
import type { Executor } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import type { EventCatalogue, EventType } from './catalogue.ts';

/**
 * Writes an event to the outbox. Call it with the transaction that makes the change, so the event
 * exists exactly when the change does.
 */
export async function appendEvent<T extends EventType>(
  // Any product's transaction: products see the platform's tables plus their own.
  trx: Executor | Kysely<any> | Transaction<any>,
  accountId: number,
  type: T,
  payload: EventCatalogue[T],
): Promise<void> {
  await (trx as Executor)
    .insertInto('outbox')
    .values({ account_id: accountId, type, payload: JSON.stringify(payload), created_at: nowIso(), dispatched_at: null })
    .execute();
}

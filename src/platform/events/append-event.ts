import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { reusableQuery } from '../db/reusable-query.ts';
import type { EventCatalogue, EventType } from './catalogue.ts';

// Every chat message appends an event: the insert is compiled once (see reusable-query.ts).
const insertEvent = reusableQuery((db: Kysely<Database>, accountId: number, type: string, payload: string, createdAt: string) =>
  db.insertInto('outbox').values({ account_id: accountId, type, payload, created_at: createdAt, dispatched_at: null }),
);

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
  await insertEvent(trx as Kysely<Database>, accountId, type, JSON.stringify(payload), nowIso());
}

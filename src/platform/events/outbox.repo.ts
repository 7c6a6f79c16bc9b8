import type { Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Executor } from '../db/transaction.ts';

export type OutboxRow = Selectable<Database['outbox']>;

export function pendingEvents(db: Executor, limit: number, maxAttempts: number) {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('dispatched_at', 'is', null)
    .where('attempts', '<', maxAttempts)
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function wasDelivered(db: Executor, eventId: number, handler: string): Promise<boolean> {
  const row = await db.selectFrom('event_deliveries').select('event_id').where('event_id', '=', eventId).where('handler', '=', handler).executeTakeFirst();
  return row !== undefined;
}

export function recordDelivery(db: Executor, eventId: number, handler: string, at: string) {
  return db.insertInto('event_deliveries').values({ event_id: eventId, handler, delivered_at: at }).execute();
}

export function markDispatched(db: Executor, eventIds: number[], at: string) {
  return db.updateTable('outbox').set({ dispatched_at: at }).where('id', 'in', eventIds).execute();
}

export function recordFailure(db: Executor, eventId: number, attempts: number, error: string) {
  return db.updateTable('outbox').set({ attempts, last_error: error.slice(0, 2000) }).where('id', '=', eventId).execute();
}

import type { Transaction } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { markDispatched, pendingEvents, recordDelivery, recordFailure, wasDelivered, type OutboxRow } from './outbox.repo.ts';

export type OutboxEvent = { id: number; accountId: number; type: string; payload: unknown; createdAt: string };
export type EventHandler = (event: OutboxEvent, trx: Transaction<Database>) => Promise<void>;
/** A handler that calls other parts' operations (each opening its own transactions); see onOutsideTransaction. */
export type OutsideHandler = (event: OutboxEvent) => Promise<void>;

const BATCH = 25;
const MAX_ATTEMPTS = 10;
/** How long a drain may hold the event loop before it lets waiting I/O (chat messages) in. */
const SLICE_MS = 0.25;
const ALREADY_DELIVERED = Symbol('already delivered');

type Registered = { name: string; handle: EventHandler; outside: false } | { name: string; handle: OutsideHandler; outside: true };

/**
 * Delivers outbox events to in-process handlers. Each handler runs in a transaction together with the
 * record of its delivery, so a crash and a replay (or a second node draining at once) never runs a
 * handler twice for one event.
 */
export class EventDispatcher {
  private readonly handlers = new Map<string, Registered[]>();
  private timer: NodeJS.Timeout | undefined;
  private draining: Promise<number> | undefined;

  constructor(
    private readonly db: Db,
    private readonly log: Pick<FastifyBaseLogger, 'error' | 'warn'>,
  ) {}

  /** `name` must be unique and stable: it is the idempotency key stored with each delivery. */
  on(type: string, name: string, handle: EventHandler): void {
    this.register(type, { name, handle, outside: false });
  }

  /**
   * A handler that runs outside the dispatcher's transaction, so it may call operations that open
   * their own (on SQLite one connection serves all, so they could not run inside it). At least once:
   * its success is recorded only when a later handler of the event fails (so the retry skips it), and
   * a crash or a second node draining at once may run it again, so it must be idempotent by its own
   * keys (upserts).
   */
  onOutsideTransaction(type: string, name: string, handle: OutsideHandler): void {
    this.register(type, { name, handle, outside: true });
  }

  private register(type: string, handler: Registered) {
    const list = this.handlers.get(type) ?? [];
    if (list.some((h) => h.name === handler.name)) throw new Error(`Handler ${handler.name} is already registered for ${type}`);
    list.push(handler);
    this.handlers.set(type, list);
  }

  /** Delivers everything pending now; resolves with the number of events dispatched. */
  drain(): Promise<number> {
    this.draining ??= this.drainAll().finally(() => (this.draining = undefined));
    return this.draining;
  }

  start(intervalMs = 250): void {
    this.timer ??= setInterval(() => void this.drain().catch((error) => this.log.error({ err: error }, 'outbox drain failed')), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.draining;
  }

  private async drainAll(): Promise<number> {
    let total = 0;
    const slice = new TimeSlice(SLICE_MS);
    for (;;) {
      await slice.yieldWhenUsed();
      const batch = await pendingEvents(this.db.kysely, BATCH, MAX_ATTEMPTS);
      // Marked in one statement per batch: a crash before it only replays events, which handlers
      // shrug off (a transactional handler's delivery is recorded with its writes; an outside one is
      // idempotent), and a busy chat saves a commit per message.
      const dispatched: number[] = [];
      for (const row of batch) {
        await slice.yieldWhenUsed();
        if (await this.dispatch(row)) dispatched.push(row.id);
      }
      await slice.yieldWhenUsed();
      if (dispatched.length > 0) await markDispatched(this.db.kysely, dispatched, nowIso());
      total += dispatched.length;
      if (batch.length < BATCH) return total;
    }
  }

  /** Runs the event's handlers; false when one failed (the event stays pending, to be retried). */
  private async dispatch(row: OutboxRow): Promise<boolean> {
    const event: OutboxEvent = { id: row.id, accountId: row.account_id, type: row.type, payload: JSON.parse(row.payload), createdAt: row.created_at };
    // Outside handlers that succeeded are recorded only when a later one fails: an event marked
    // dispatched needs no record, and the busiest events (chat messages) save a write each.
    const succeededOutside: string[] = [];
    try {
      for (const handler of this.handlers.get(row.type) ?? []) {
        if (row.attempts > 0 && (await wasDelivered(this.db.kysely, event.id, handler.name))) continue;
        await this.deliver(event, handler);
        if (handler.outside) succeededOutside.push(handler.name);
      }
      return true;
    } catch (error) {
      for (const name of succeededOutside) await this.recordOutsideDelivery(event.id, name);
      const attempts = row.attempts + 1;
      this.log.error({ err: error, eventId: row.id, type: row.type, attempts }, 'event handler failed; will retry');
      await recordFailure(this.db.kysely, row.id, attempts, String((error as Error)?.stack ?? error));
      return false;
    }
  }

  private async recordOutsideDelivery(eventId: number, name: string) {
    await recordDelivery(this.db.kysely, eventId, name, nowIso()).catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error; // another node ran it too: harmless, it is idempotent
    });
  }

  private async deliver(event: OutboxEvent, handler: Registered) {
    if (handler.outside) return handler.handle(event);
    try {
      await inTransaction(this.db.kysely, async (trx) => {
        try {
          await recordDelivery(trx, event.id, handler.name, nowIso());
        } catch (error) {
          throw isUniqueViolation(error) ? ALREADY_DELIVERED : error;
        }
        await handler.handle(event, trx);
      });
    } catch (error) {
      // Another node delivered it first: its transaction won the delivery row.
      if (error === ALREADY_DELIVERED) return;
      throw error;
    }
  }
}

/**
 * On SQLite every query resolves without real I/O, so a drain made only of awaits would hold the
 * event loop from its first query to its last. A drain lets waiting I/O (chat messages) in once it
 * has run for a slice, before any query or event: a busy drain's back-to-back queries held messages
 * for milliseconds, which was most of the chat's slowest percentile.
 */
class TimeSlice {
  private started = performance.now();

  constructor(private readonly ms: number) {}

  async yieldWhenUsed(): Promise<void> {
    if (performance.now() - this.started < this.ms) return;
    await new Promise((resolve) => setImmediate(resolve));
    this.started = performance.now();
  }
}

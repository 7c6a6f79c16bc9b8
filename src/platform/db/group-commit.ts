import type { Kysely, Transaction } from 'kysely';

type Work<DB, T> = (trx: Transaction<DB>) => Promise<T>;
type Job<DB> = { work: Work<DB, unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * Runs small write transactions that arrive together as one transaction, so a burst of them pays for
 * one commit instead of one each (on SQLite a commit is most of a chat message's cost). Work handed
 * in before the event loop next turns is batched, in the order it came, up to `maxBatch` a time.
 *
 * Each work must touch nothing but the transaction it is given: when one of a batch fails, the whole
 * transaction is rolled back and every work of the batch runs again alone, in order, so only the
 * failing one fails and the others commit as if they had never been batched.
 */
export class GroupCommit<DB> {
  private pending: Job<DB>[] = [];
  private scheduled = false;
  /** Transactions run so far (batches, and works run alone after a batch failed). */
  transactions = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly maxBatch = 64,
  ) {}

  run<T>(work: Work<DB, T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule() {
    if (this.scheduled || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const batch = this.pending.splice(0, this.maxBatch);
      this.schedule(); // what did not fit goes in the next batch
      void this.commit(batch);
    });
  }

  private async commit(batch: Job<DB>[]) {
    if (batch.length === 1) return this.alone(batch[0]!);
    let results: unknown[];
    try {
      results = await this.transaction(async (trx) => {
        const out: unknown[] = [];
        for (const job of batch) out.push(await job.work(trx));
        return out;
      });
    } catch {
      // One of them failed and took the others' writes with it: each runs again on its own.
      for (const job of batch) await this.alone(job);
      return;
    }
    batch.forEach((job, i) => job.resolve(results[i]));
  }

  private alone(job: Job<DB>): Promise<void> {
    return this.transaction(job.work).then(job.resolve, job.reject);
  }

  private transaction<T>(work: Work<DB, T>): Promise<T> {
    this.transactions += 1;
    return this.db.transaction().execute(work);
  }
}

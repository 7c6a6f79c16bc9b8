import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** What SQLite's `wal_checkpoint` answers: WAL frames in all and frames copied to the database file. */
export type CheckpointResult = { busy: number; log: number; checkpointed: number };

/** SQLite's own default: checkpoint once the WAL holds this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/**
 * Moves WAL checkpoints off the event loop. SQLite checkpoints inside the commit that fills the WAL,
 * and that checkpoint's fsyncs then hold every request (and chat message) queued behind it. Here the
 * connection's auto-checkpoint is off and a worker thread with its own connection runs a PASSIVE
 * checkpoint every `intervalMs`, which neither waits for writers nor blocks them. If the worker
 * fails, the connection goes back to checkpointing on its own, so the WAL never grows unbounded.
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;
  private stopped = false;
  private readonly listeners = new Set<(result: CheckpointResult) => void>();

  constructor(
    private readonly sqlite: SQLite.Database,
    intervalMs: number,
    private readonly onError: (message: string) => void = (message) => console.error(`SQLite checkpoint worker: ${message}`),
  ) {
    sqlite.pragma('wal_autocheckpoint = 0');
    this.worker = new Worker(new URL('./checkpoint-worker.mjs', import.meta.url), { workerData: { file: sqlite.name, intervalMs } });
    this.worker.unref(); // a process that is done does not wait for the next checkpoint
    this.worker.on('message', (message: { type: 'checkpointed' } & CheckpointResult | { type: 'failed'; message: string }) => {
      if (message.type === 'failed') return this.onError(message.message);
      for (const listener of this.listeners) listener(message);
    });
    this.worker.on('error', (error) => this.fallBack(error.message));
    this.worker.on('exit', (code) => {
      if (!this.stopped) this.fallBack(`exited with code ${code}`);
    });
  }

  /** Resolves with the next checkpoint the worker completes (for tests and diagnostics). */
  nextCheckpoint(): Promise<CheckpointResult> {
    return new Promise((resolve) => {
      const once = (result: CheckpointResult) => {
        this.listeners.delete(once);
        resolve(result);
      };
      this.listeners.add(once);
    });
  }

  /** Ends the worker; call before closing the connection, whose close then checkpoints what is left. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    this.worker.postMessage('stop');
    await exited;
  }

  private fallBack(reason: string) {
    if (this.stopped) return;
    this.stopped = true;
    this.onError(`${reason}; the database checkpoints on its own again`);
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  }
}

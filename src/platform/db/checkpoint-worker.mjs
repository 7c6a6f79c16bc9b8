// Plain JavaScript on purpose: a worker thread loads this file with Node alone, whatever loader
// (tsx, the test runner) the main thread was started with. See sqlite-checkpointer.ts.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');

/** Copies what the WAL holds into the database file without waiting for (or blocking) writers. */
function checkpoint() {
  const [result] = db.pragma('wal_checkpoint(PASSIVE)');
  parentPort.postMessage({ type: 'checkpointed', ...result });
}

const timer = setInterval(() => {
  try {
    checkpoint();
  } catch (error) {
    parentPort.postMessage({ type: 'failed', message: String(error?.message ?? error) });
  }
}, workerData.intervalMs);

parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});

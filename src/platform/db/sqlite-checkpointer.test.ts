import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { connectDatabase, type Db } from './connect.ts';

const onSqlite = process.env.TEST_DB !== 'postgres';
const dirs: string[] = [];
const open: Db[] = [];

function freshDb(checkpointEveryMs: number): { db: Db; walFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-checkpoint-'));
  dirs.push(dir);
  const db = connectDatabase({ dataDir: dir, checkpointEveryMs });
  open.push(db);
  return { db, walFile: path.join(dir, 'tandem.sqlite-wal') };
}

/** About 4 MB of new pages: more than SQLite's own auto-checkpoint threshold of 1,000 pages. */
async function writeFourMegabytes(db: Db) {
  await sql`create table if not exists blobs (id integer primary key, body blob not null)`.execute(db.kysely);
  await db.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < 1000; i++) await sql`insert into blobs (body) values (randomblob(4000))`.execute(trx);
  });
}

const walPages = (file: string) => Math.ceil(fs.statSync(file).size / 4096);

afterEach(async () => {
  for (const db of open.splice(0)) await db.close().catch(() => {});
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe.runIf(onSqlite)('WAL checkpoints from a worker thread', () => {
  it('copies the WAL into the database in the background, so the WAL is reused instead of growing', async () => {
    const { db, walFile } = freshDb(50);
    const autocheckpoint = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db.kysely);
    expect(autocheckpoint.rows[0]?.wal_autocheckpoint).toBe(0); // commits no longer checkpoint on the event loop

    await writeFourMegabytes(db);
    const sizeAfterFirst = walPages(walFile);
    // A checkpoint that starts after the write has every frame to copy, and copies them all.
    await db.checkpointer!.nextCheckpoint();
    const done = await db.checkpointer!.nextCheckpoint();
    expect(done.log).toBeGreaterThan(1000);
    expect(done.checkpointed).toBe(done.log);

    // Everything was copied, so the next writes start the WAL over instead of appending to it.
    await writeFourMegabytes(db);
    expect(walPages(walFile)).toBeLessThanOrEqual(sizeAfterFirst + 10);
    const rows = await sql<{ n: number }>`select count(*) as n from blobs`.execute(db.kysely);
    expect(rows.rows[0]?.n).toBe(2000);
  });

  it('without the worker the same writes grow the WAL, which is what the worker prevents', async () => {
    const { db, walFile } = freshDb(50);
    await db.checkpointer!.stop(); // as if it were gone, but stopped on purpose: no fallback
    await writeFourMegabytes(db);
    const sizeAfterFirst = walPages(walFile);
    await writeFourMegabytes(db);
    expect(walPages(walFile)).toBeGreaterThan(sizeAfterFirst + 900);
  });

  it('hands checkpoints back to SQLite when the worker dies', async () => {
    const errors: string[] = [];
    const { db } = freshDb(60_000);
    const checkpointer = db.checkpointer! as unknown as { worker: { terminate(): Promise<number> }; onError: (m: string) => void };
    checkpointer.onError = (message) => errors.push(message);
    await checkpointer.worker.terminate();
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatch(/checkpoints on its own again/);
    const autocheckpoint = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(db.kysely);
    expect(autocheckpoint.rows[0]?.wal_autocheckpoint).toBe(1000);
  });

  it('stops the worker on close, and the last connection folds the WAL into the database', async () => {
    const { db, walFile } = freshDb(60_000);
    await writeFourMegabytes(db);
    expect(fs.existsSync(walFile)).toBe(true);
    await db.close();
    expect(fs.existsSync(walFile)).toBe(false);
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { connectDatabase, type Db } from '../../src/platform/db/connect.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';

export type TestDbKind = 'sqlite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

/**
 * A fresh, migrated database for one test file: a new SQLite file in a temp folder, or a new
 * PostgreSQL schema (dropped again by `dispose`) when the project runs on PostgreSQL.
 */
export async function createTestDatabase(): Promise<{ db: Db; dispose: () => Promise<void> }> {
  if (testDbKind() === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL');
    const schema = `t_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    await adminQuery(url, `create schema ${schema}`);
    const db = connectDatabase({ databaseUrl: url, dataDir: '', schema });
    await migrateToLatest(db);
    return {
      db,
      dispose: async () => {
        await db.close();
        await adminQuery(url, `drop schema ${schema} cascade`);
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-test-'));
  const db = connectDatabase({ dataDir: dir });
  await migrateToLatest(db);
  return {
    db,
    dispose: async () => {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

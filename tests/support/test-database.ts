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
    const db = connectDatabase({ databaseUrl: url, dataDir: '', schema });
    // Migrating reads the catalogue of every schema, which trips over a schema another test file is
    // dropping at that moment: creating, migrating and dropping take turns under one advisory lock.
    await underSchemaLock(url, async (client) => {
      await client.query(`create schema ${schema}`);
      await migrateToLatest(db);
    });
    return {
      db,
      dispose: async () => {
        await db.close();
        await underSchemaLock(url, (client) => client.query(`drop schema ${schema} cascade`));
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

export const SCHEMA_LOCK = 74_190_001;

async function underSchemaLock(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await work(client);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => {});
    await client.end();
  }
}

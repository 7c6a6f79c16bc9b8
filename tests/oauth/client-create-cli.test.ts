import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/platform/accounts/create-account.ts';
import { connectDatabase, type Db } from '../../src/platform/db/connect.ts';
import { migrateToLatest } from '../../src/platform/db/migrate.ts';
import { findOAuthClient } from '../../src/platform/oauth/index.ts';
import { hashToken } from '../../src/platform/secrets.ts';

const run = promisify(execFile);
let dataDir: string;

/** Runs `npm run tandem -- …` against a database of its own (the command line uses SQLite here). */
async function tandem(...args: string[]) {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  return run(path.resolve('node_modules/.bin/tsx'), ['src/cli/tandem.ts', ...args], { env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' } }).then(
    (out) => ({ code: 0, ...out }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const db = connectDatabase({ dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

// The command line is the same on both databases; it runs once, with the SQLite suite.
describe.skipIf(process.env.TEST_DB === 'postgres')('npm run tandem -- oauth:client-create', () => {
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-cli-'));
    await withDb(async (db) => {
      await migrateToLatest(db);
      await createAccount(db, { subdomain: 'acme', accountName: 'Acme', ownerName: 'Ana', email: 'ana@acme.test', password: 'long enough secret' });
    });
  }, 60_000);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('registers a confidential client and prints its id and secret once', async () => {
    const out = await tandem('oauth:client-create', '--account', 'acme', '--name', 'Pipeline Pal', '--redirect-uri', 'https://a.example.test/cb', '--redirect-uri', 'https://b.example.test/cb');
    expect(out.code, out.stderr).toBe(0);
    const clientId = /^client_id: (\S+)$/m.exec(out.stdout)?.[1];
    const secret = /^client_secret: (\S+)$/m.exec(out.stdout)?.[1];
    expect(clientId).toBeDefined();
    expect(secret).toBeDefined();
    expect(out.stderr).toContain('not shown again');
    await withDb(async (db) => {
      const account = await db.kysely.selectFrom('accounts').select('id').where('subdomain', '=', 'acme').executeTakeFirstOrThrow();
      expect(await findOAuthClient(db.kysely, account.id, clientId!)).toMatchObject({
        name: 'Pipeline Pal',
        isPublic: false,
        redirectUris: ['https://a.example.test/cb', 'https://b.example.test/cb'],
      });
      const row = await db.kysely.selectFrom('oauth_clients').select('secret_hash').where('client_id', '=', clientId!).executeTakeFirstOrThrow();
      expect(row.secret_hash).toBe(hashToken(secret!));
    });
  }, 60_000);

  it('registers a public client without a secret, and names what is wrong', async () => {
    const pub = await tandem('oauth:client-create', '--account', 'acme', '--name', 'Phone', '--redirect-uri', 'com.example.phone:/cb', '--public');
    expect(pub.code, pub.stderr).toBe(0);
    expect(pub.stdout).toMatch(/^client_id: \S+$/m);
    expect(pub.stdout).not.toContain('client_secret');
    expect(pub.stderr).toContain('PKCE');

    const fragment = await tandem('oauth:client-create', '--account', 'acme', '--name', 'X', '--redirect-uri', 'https://a.example.test/cb#x');
    expect(fragment.code).toBe(1);
    expect(fragment.stderr).toContain('without a #fragment');
  }, 60_000);
});

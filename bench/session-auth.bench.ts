import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createAccount } from '../src/platform/accounts/create-account.ts';
import { connectDatabase } from '../src/platform/db/connect.ts';
import { migrateToLatest } from '../src/platform/db/migrate.ts';
import { opsPerSecond } from './support/measure.ts';
import type { Benchmark } from './support/bench-types.ts';

/**
 * What a signed-in request costs over an anonymous one: tenant lookup by Host, session lookup with
 * its user, CSRF bookkeeping. Baseline: GET /healthz through the same server (SQLite, WAL).
 */
export const benchmark: Benchmark = {
  name: 'session-auth',
  description: 'signed-in GET /api/session vs anonymous GET /healthz (requests/s, in-process inject)',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
    const db = connectDatabase({ dataDir: dir });
    await migrateToLatest(db);
    const app = await buildApp(loadConfig({ LOG_LEVEL: 'silent' }), { db });
    try {
      await createAccount(db, { accountName: 'Bench', subdomain: 'bench', ownerName: 'B', email: 'b@bench.test', password: 'bench-password' });
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { host: 'bench.localhost' },
        payload: { email: 'b@bench.test', password: 'bench-password' },
      });
      const cookie = `tandem_session=${signIn.cookies.find((c) => c.name === 'tandem_session')!.value}`;
      const health = await opsPerSecond(() => app.inject({ url: '/healthz', headers: { host: 'bench.localhost' } }));
      const session = await opsPerSecond(() => app.inject({ url: '/api/session', headers: { host: 'bench.localhost', cookie } }));
      return [{ name: 'session-auth', value: Math.round(session), unit: 'req/s', baseline: Math.round(health) }];
    } finally {
      await app.close();
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

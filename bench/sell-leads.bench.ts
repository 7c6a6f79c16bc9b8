import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { findAccountBySubdomain } from '../src/platform/accounts/accounts.repo.ts';
import { findUserByEmail } from '../src/platform/identity/users.repo.ts';
import { createPersonalToken } from '../src/platform/tokens/create-personal-token.ts';
import { openDatabase } from '../src/cli/open-database.ts';
import type { Db } from '../src/platform/db/connect.ts';
import { sellDb } from '../src/sell/sell-tables.ts';
import type { Benchmark, BenchRow } from './support/bench-types.ts';
import { startChild } from './support/child-server.ts';
import { loadSideBySide } from './support/http-load.ts';

const ACCOUNT = 'bench';

/**
 * GET /v2/leads/:id and GET /v2/leads?per_page=100 on the seeded account (`npm run seed:bulk`), each
 * beside a bare Fastify route running the same SQL on the same database, both over real HTTP and
 * measured in alternating slices (the machine may be shared).
 */
export const benchmark: Benchmark = {
  name: 'sell-leads',
  description: 'Sell API lead reads vs a bare route with the same SQL (req/s, p50/p99 ms)',
  async run() {
    const config = loadConfig();
    if (config.databaseUrl) throw new Error('This benchmark measures the embedded SQLite store: unset DATABASE_URL.');
    // The size: a million leads (BENCH_LEADS to change it); an account with fewer is topped up.
    const wanted = Number(process.env.BENCH_LEADS ?? 1_000_000);
    let db = await openDatabase(config);
    const have = await leadCount(db);
    if (have < wanted) {
      await db.close();
      console.log(`Account "${ACCOUNT}" in ${config.dataDir} has ${have} leads: seeding ${wanted - have} more (npm run seed:bulk).`);
      const seeded = spawnSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/seed-bulk.ts', '--account', ACCOUNT, '--leads', String(wanted - have)], { stdio: 'inherit' });
      if (seeded.status !== 0) throw new Error('seeding failed');
      db = await openDatabase(config);
    }
    const account = (await findAccountBySubdomain(db.kysely, ACCOUNT))!;
    const owner = (await findUserByEmail(db.kysely, account.id, `owner@${ACCOUNT}.test`))!;
    const { token } = await createPersonalToken({ db, account, actor: owner }, { name: 'benchmark' });
    const count = await leadCount(db);
    const sample = await sellDb(db).selectFrom('sell_leads').select('id').where('account_id', '=', account.id).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    await db.close();
    console.log(`  on ${count} leads of account "${ACCOUNT}"`);

    const env = { DATA_DIR: config.dataDir, LOG_LEVEL: 'warn', OUTBOX_POLL_MS: '0', SELL_API_RATE_LIMIT_PER_HOUR: '100000000' };
    const tandem = await startChild('src/main.ts', { ...env, PORT: '3901', HOST: '127.0.0.1' }, 'http://127.0.0.1:3901/healthz');
    const baseline = await startChild('bench/support/baseline-server.ts', { ...env, PORT: '3902', BENCH_ACCOUNT_ID: String(account.id) }, 'http://127.0.0.1:3902/v2/leads/1');
    const rows: Omit<BenchRow, 'ratio'>[] = [];
    try {
      const headers = { host: `${ACCOUNT}.localhost`, authorization: `Bearer ${token}`, accept: 'application/json' };
      for (const [name, pathAndQuery] of [
        ['sell-lead-get', `/v2/leads/${sample.id}`],
        ['sell-leads-page100', '/v2/leads?per_page=100'],
      ] as const) {
        const { ours, baseline: base } = await loadSideBySide(
          { url: `http://127.0.0.1:3901${pathAndQuery}`, headers },
          { url: `http://127.0.0.1:3902${pathAndQuery}`, headers: {} },
        );
        if (ours.errors || base.errors) throw new Error(`${name}: ${ours.errors} errors from Tandem, ${base.errors} from the baseline`);
        rows.push({ name: `${name} req/s`, value: Math.round(ours.requestsPerSecond), unit: 'req/s', baseline: Math.round(base.requestsPerSecond) });
        rows.push({ name: `${name} p50`, value: round(ours.p50), unit: 'ms', baseline: round(base.p50) });
        rows.push({ name: `${name} p99`, value: round(ours.p99), unit: 'ms', baseline: round(base.p99) });
      }
    } finally {
      await tandem.stop();
      await baseline.stop();
    }
    return rows;
  },
};

async function leadCount(db: Db): Promise<number> {
  const account = await findAccountBySubdomain(db.kysely, ACCOUNT);
  if (!account) return 0;
  const row = await sellDb(db).selectFrom('sell_leads').select((eb) => eb.fn.countAll<number>().as('n')).where('account_id', '=', account.id).executeTakeFirstOrThrow();
  return Number(row.n);
}

function round(ms: number) {
  return Math.round(ms * 100) / 100;
}

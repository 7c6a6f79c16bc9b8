import pg from 'pg';
import { SCHEMA_LOCK } from './test-database.ts';

/**
 * Before the PostgreSQL run: drop test schemas left behind by runs that were killed (their process is
 * gone). A big catalogue makes every migration's introspection slow; live runs' schemas are kept.
 */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The same lock test files take to create, migrate and drop their schemas.
    await client.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    const { rows } = await client.query<{ nspname: string }>("select nspname from pg_namespace where nspname like 't\\_%\\_%'");
    for (const { nspname } of rows) {
      const pid = Number(nspname.split('_')[1]);
      if (Number.isInteger(pid) && !isAlive(pid)) await client.query(`drop schema if exists "${nspname}" cascade`);
    }
  } finally {
    await client.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => {});
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A SQLite data folder under data/bench/ filled once by `seed:bulk` and reused by later runs (seeding
 * a million records takes minutes). The seed goes to a `.partial` folder renamed when complete, so an
 * interrupted seed is started again, never half used; bump `version` when the seeded data must change.
 */
export function seededDataDir(name: string, version: number, seedArgs: string[]): string {
  const dir = path.resolve('data/bench', name);
  const stamp = path.join(dir, 'SEED_VERSION');
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === String(version)) {
    console.log(`  reusing the seeded database in ${path.relative(process.cwd(), dir)}`);
    return dir;
  }
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  console.log(`  seeding ${path.relative(process.cwd(), dir)} (once; later runs reuse it): seed:bulk ${seedArgs.join(' ')}`);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: partial, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const seeded = spawnSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/seed-bulk.ts', ...seedArgs], { stdio: 'inherit', env });
  if (seeded.status !== 0) throw new Error('seeding failed');
  fs.writeFileSync(path.join(partial, 'SEED_VERSION'), `${version}\n`);
  fs.renameSync(partial, dir);
  return dir;
}

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Benchmark, BenchRow } from './support/bench-types.ts';

/** `npm run bench -- [NAME]`: runs one benchmark or all, prints a table, writes bench/results.json. */
const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv[2];
const files = fs.readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();
const benchmarks: Benchmark[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { benchmark: Benchmark };
  benchmarks.push(mod.benchmark);
}
const selected = wanted ? benchmarks.filter((b) => b.name === wanted) : benchmarks;
if (selected.length === 0) {
  console.error(`No benchmark named "${wanted}". Known: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exit(1);
}

/** value / baseline; counts that are zero on both sides (nothing lost) compare as equal. */
function ratioOf(value: number, baseline: number): number | null {
  if (baseline === 0) return value === 0 ? 1 : null;
  return Number((value / baseline).toFixed(3));
}

const rows: BenchRow[] = [];
for (const bench of selected) {
  console.log(`… ${bench.name}: ${bench.description}`);
  for (const row of await bench.run()) rows.push({ ...row, ratio: ratioOf(row.value, row.baseline) });
}
console.table(rows.map((r) => ({ name: r.name, value: r.value, unit: r.unit, baseline: r.baseline, ratio: r.ratio })));
// One benchmark run alone replaces only its own rows: the others' latest numbers stay in the file.
const resultsFile = path.join(here, 'results.json');
const fresh = new Set(rows.map((r) => r.name));
const kept = wanted && fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as BenchRow[]).filter((r) => !fresh.has(r.name)) : [];
fs.writeFileSync(resultsFile, JSON.stringify([...kept, ...rows], null, 2) + '\n');
console.log(`Wrote ${path.join('bench', 'results.json')}`);

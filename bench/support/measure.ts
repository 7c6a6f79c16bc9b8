import { performance } from 'node:perf_hooks';

/** Calls `op` back to back for `ms` milliseconds (after a short warm-up) and returns calls per second. */
export async function opsPerSecond(op: () => Promise<unknown>, ms = 2000): Promise<number> {
  const warmUntil = performance.now() + Math.min(300, ms / 5);
  while (performance.now() < warmUntil) await op();
  let count = 0;
  const start = performance.now();
  const end = start + ms;
  while (performance.now() < end) {
    await op();
    count += 1;
  }
  return count / ((performance.now() - start) / 1000);
}

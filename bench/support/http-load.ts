import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { percentile } from './percentile.ts';

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; count: number };
export type LoadTarget = { url: string; headers: Record<string, string> };
type LoadOptions = { connections?: number; rounds?: number; sliceMs?: number; warmupMs?: number };

/** A closed loop of keep-alive clients against one loopback target, run in slices. */
function loader(target: LoadTarget, connections: number) {
  const url = new URL(target.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) throw new Error('load targets loopback only');
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const once = () =>
    new Promise<number>((resolve) => {
      const req = http.request(url, { agent, headers: target.headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end();
    });
  const latencies: number[] = [];
  let errors = 0;
  let seconds = 0;
  return {
    /** Each client sends its next request when the last one answered, for `ms` milliseconds. */
    async slice(ms: number, record: boolean) {
      const started = performance.now();
      const end = started + ms;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (performance.now() < end) {
            const t0 = performance.now();
            const status = await once();
            if (!record) continue;
            latencies.push(performance.now() - t0);
            if (status !== 200) errors += 1;
          }
        }),
      );
      if (record) seconds += (performance.now() - started) / 1000;
    },
    result(): LoadResult {
      agent.destroy();
      return { requestsPerSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors, count: latencies.length };
    },
  };
}

/**
 * Loads two targets (ours and its baseline) in alternating slices, A B B A …, after a warm-up of each,
 * so both are measured under the same conditions even when other work shares the machine.
 */
export async function loadSideBySide(ours: LoadTarget, baseline: LoadTarget, options: LoadOptions = {}) {
  const { connections = 16, rounds = 5, sliceMs = 1000, warmupMs = 1000 } = options;
  const a = loader(ours, connections);
  const b = loader(baseline, connections);
  await a.slice(warmupMs, false);
  await b.slice(warmupMs, false);
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? [a, b] : [b, a]) await side.slice(sliceMs, true);
  }
  return { ours: a.result(), baseline: b.result() };
}

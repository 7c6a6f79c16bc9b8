import http from 'node:http';
import { performance } from 'node:perf_hooks';

export type LoadResult = { requestsPerSecond: number; p50: number; p99: number; errors: number; count: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * A closed loop of `connections` keep-alive clients, each sending the next request when the last
 * answered, for `ms` milliseconds after a warm-up. Only loopback targets.
 */
export async function load(url: string, headers: Record<string, string>, options: { connections?: number; ms?: number; warmupMs?: number } = {}): Promise<LoadResult> {
  const target = new URL(url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('load targets loopback only');
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections ?? 16 });
  const once = () =>
    new Promise<number>((resolve) => {
      const req = http.request(target, { agent, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end();
    });
  const run = async (ms: number, record: boolean) => {
    const latencies: number[] = [];
    let errors = 0;
    const end = performance.now() + ms;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.connections ?? 16 }, async () => {
        while (performance.now() < end) {
          const t0 = performance.now();
          const status = await once();
          if (record) latencies.push(performance.now() - t0);
          if (status !== 200) errors += 1;
        }
      }),
    );
    return { latencies, errors, seconds: (performance.now() - started) / 1000 };
  };
  await run(options.warmupMs ?? 1000, false);
  const { latencies, errors, seconds } = await run(options.ms ?? 5000, true);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { requestsPerSecond: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors, count: latencies.length };
}

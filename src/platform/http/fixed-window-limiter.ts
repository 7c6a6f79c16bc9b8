import type { Redis } from 'ioredis';

export type LimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/** Counts hits per key in fixed windows (e.g. 36,000 an hour per token). */
export interface WindowLimiter {
  hit(key: string): Promise<LimitResult>;
}

/** One node's own count: right for a single node, each node's share when there are several. */
export class MemoryWindowLimiter implements WindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string): Promise<LimitResult> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    return { allowed: window.count <= this.limit, remaining: Math.max(0, this.limit - window.count), retryAfterSeconds };
  }

  private sweep(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/** The same count shared by every node through Redis (INCR, with the window's expiry set on the first hit). */
export class RedisWindowLimiter implements WindowLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  async hit(key: string): Promise<LimitResult> {
    const redisKey = `${this.prefix}:limit:${key}`;
    const [[, count], [, ttl]] = (await this.redis.multi().incr(redisKey).pttl(redisKey).exec()) as [[null, number], [null, number]];
    if (count === 1 || ttl < 0) await this.redis.pexpire(redisKey, this.windowMs);
    const remainingMs = ttl > 0 ? ttl : this.windowMs;
    return { allowed: count <= this.limit, remaining: Math.max(0, this.limit - count), retryAfterSeconds: Math.max(1, Math.ceil(remainingMs / 1000)) };
  }
}

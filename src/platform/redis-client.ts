import { Redis } from 'ioredis';
import type { FastifyBaseLogger } from 'fastify';

/** The shared Redis connection for counters several nodes must agree on (rate limits). */
export function connectRedis(url: string, log: Pick<FastifyBaseLogger, 'error'>): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 3, enableOfflineQueue: true });
  client.on('error', (error) => log.error({ err: error }, 'redis connection failed; retrying'));
  return client;
}

import crypto from 'node:crypto';
import { buildApp } from '../../../src/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { connectDatabase } from '../../../src/platform/db/connect.ts';
import { createTestDatabase } from '../../support/test-database.ts';
import { listening, type ChatTest } from './chat-test.ts';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Two app nodes behind one load balancer: one PostgreSQL database (a connection each), Socket.IO
 * rooms and counters shared through Redis under a prefix of this run only. PostgreSQL only.
 */
export async function startTwoNodes(env: Record<string, string> = {}): Promise<{ node1: ChatTest; node2: ChatTest; close: () => Promise<void> }> {
  const shared = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: '/nonexistent',
    OUTBOX_POLL_MS: '0',
    CHAT_ROUTING_SWEEP_MS: '0',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: `test-${crypto.randomBytes(4).toString('hex')}`,
    ...env,
  });
  const secondDb = connectDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: '', schema: shared.db.schema! });
  const app1 = await buildApp(config, { db: shared.db, migrated: true });
  const app2 = await buildApp(config, { db: secondDb, migrated: true });
  const node1 = await listening({ app: app1, db: shared.db, config, close: () => app1.close() });
  const node2 = await listening({
    app: app2,
    db: secondDb,
    config,
    close: async () => {
      await app2.close();
      await secondDb.close();
    },
  });
  return {
    node1,
    node2,
    close: async () => {
      await node1.close();
      await node2.close();
      await shared.dispose();
    },
  };
}

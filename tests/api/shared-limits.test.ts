import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase } from '../support/test-database.ts';
import { makeAccount, TestClient, type TestApp } from '../support/test-app.ts';
import { SellApiClient } from '../support/sell-api.ts';
import { createPersonalToken } from '../../src/platform/tokens/create-personal-token.ts';

/** Two nodes on one database and one Redis: a limit is the account's, not one node's. */
let nodes: FastifyInstance[];
let dispose: () => Promise<void>;
let t: TestApp;

beforeAll(async () => {
  const shared = await createTestDatabase();
  dispose = shared.dispose;
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    OUTBOX_POLL_MS: '0',
    SIGN_IN_MAX_ATTEMPTS: '4',
    SELL_API_RATE_LIMIT_PER_HOUR: '6',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `test-${crypto.randomBytes(4).toString('hex')}`,
  });
  nodes = [await buildApp(config, { db: shared.db, migrated: true }), await buildApp(config, { db: shared.db, migrated: true })];
  t = { app: nodes[0]!, db: shared.db, config, close: async () => {} };
});
afterAll(async () => {
  for (const node of nodes) await node.close();
  await dispose();
});

describe('limits shared through Redis', () => {
  it('counts sign-in guesses across nodes', async () => {
    await makeAccount(t, 'acme');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await new TestClient(nodes[i % 2]!, 'acme.localhost').signIn('owner@acme.test', `guess ${i}`);
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it("counts a token's Sell API requests across nodes", async () => {
    const { account, owner } = await makeAccount(t, 'beta');
    const { token } = await createPersonalToken({ db: t.db, account, actor: owner }, { name: 'limits' });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await new SellApiClient(nodes[i % 2]!, 'beta.localhost', token).get('/v2/users/self')).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });
});

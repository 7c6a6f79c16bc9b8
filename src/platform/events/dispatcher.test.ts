import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAccount, startTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { appendEvent } from './append-event.ts';
import { EventDispatcher } from './dispatcher.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

const quietLog = { error: () => {}, warn: () => {} };

describe('outbox dispatcher', () => {
  it('delivers each event once per handler, even when drained again or by a second node', async () => {
    await makeAccount(t, 'acme'); // writes account.created and user.created in the same transaction
    const seen: string[] = [];
    const nodeA = new EventDispatcher(t.db, quietLog);
    const nodeB = new EventDispatcher(t.db, quietLog);
    for (const node of [nodeA, nodeB]) {
      node.on('user.created', 'test-projection', async (event) => {
        seen.push(`${event.type}:${(event.payload as { userId: number }).userId}`);
      });
    }
    const [a, b] = await Promise.all([nodeA.drain(), nodeB.drain()]);
    expect(a + b).toBeGreaterThanOrEqual(2);
    expect(await nodeA.drain()).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^user\.created:\d+$/);
  });

  it('retries a failing handler later without losing the event, and rolls back its writes', async () => {
    const node = new EventDispatcher(t.db, quietLog);
    let fail = true;
    let runs = 0;
    node.on('account.created', 'flaky', async (event, trx) => {
      runs += 1;
      await trx.updateTable('accounts').set({ name: 'touched' }).where('id', '=', event.accountId).execute();
      if (fail) throw new Error('downstream unavailable');
    });
    const { account } = await makeAccount(t, 'acme');
    await node.drain();
    let row = await t.db.kysely.selectFrom('outbox').selectAll().where('type', '=', 'account.created').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ dispatched_at: null, attempts: 1 });
    expect(row.last_error).toContain('downstream unavailable');
    const untouched = await t.db.kysely.selectFrom('accounts').select('name').where('id', '=', account.id).executeTakeFirstOrThrow();
    expect(untouched.name).toBe('acme Inc.');

    fail = false;
    await node.drain();
    row = await t.db.kysely.selectFrom('outbox').selectAll().where('type', '=', 'account.created').executeTakeFirstOrThrow();
    expect(row.dispatched_at).not.toBeNull();
    expect(runs).toBe(2);
  });

  it('runs an outside-transaction handler with transactions of its own and retries it after a failure', async () => {
    const node = new EventDispatcher(t.db, quietLog);
    let fail = true;
    let runs = 0;
    node.onOutsideTransaction('account.created', 'outside', async (event) => {
      runs += 1;
      // Its own transaction: on SQLite this would wait forever inside the dispatcher's.
      await t.db.kysely.transaction().execute((trx) => trx.updateTable('accounts').set({ name: `run ${runs}` }).where('id', '=', event.accountId).execute());
      if (fail) throw new Error('downstream unavailable');
    });
    const { account } = await makeAccount(t, 'acme');
    await node.drain();
    fail = false;
    await node.drain();
    await node.drain();
    expect(runs).toBe(2);
    const row = await t.db.kysely.selectFrom('accounts').select('name').where('id', '=', account.id).executeTakeFirstOrThrow();
    expect(row.name).toBe('run 2'); // at least once: the failed run's own writes stay, so such handlers must be idempotent
  });

  it('does not run again an outside handler that succeeded when a later handler of the event fails', async () => {
    const node = new EventDispatcher(t.db, quietLog);
    const runs = { first: 0, second: 0 };
    let fail = true;
    node.onOutsideTransaction('account.created', 'first', async () => void (runs.first += 1));
    node.onOutsideTransaction('account.created', 'second', async () => {
      runs.second += 1;
      if (fail) throw new Error('downstream unavailable');
    });
    await makeAccount(t, 'acme');
    await node.drain();
    fail = false;
    await node.drain();
    await node.drain();
    expect(runs).toEqual({ first: 1, second: 2 });
    const pending = await t.db.kysely.selectFrom('outbox').select('id').where('type', '=', 'account.created').where('dispatched_at', 'is', null).execute();
    expect(pending).toEqual([]);
  });

  it('lets waiting I/O in while it drains a long backlog, and still delivers every event once', async () => {
    const { account } = await makeAccount(t, 'acme');
    for (let i = 0; i < 300; i++) await appendEvent(t.db.kysely, account.id, 'account.created', { accountId: account.id, subdomain: `backlog-${i}` });
    const node = new EventDispatcher(t.db, quietLog);
    const delivered = new Set<string>();
    node.onOutsideTransaction('account.created', 'busy', async (event) => {
      const until = performance.now() + 0.05; // a handler that costs a little CPU, as real ones do
      while (performance.now() < until);
      delivered.add((event.payload as { subdomain: string }).subdomain);
    });
    let finished = false;
    let turnsDuringDrain = 0;
    const countTurns = () => {
      if (finished) return;
      turnsDuringDrain += 1;
      setImmediate(countTurns);
    };
    setImmediate(countTurns);
    await node.drain();
    finished = true;
    expect(delivered.size).toBe(301);
    // 300 events of 50 µs each are about 15 ms of work: a drain that never yielded would allow no turn.
    expect(turnsDuringDrain).toBeGreaterThan(10);
  });
});

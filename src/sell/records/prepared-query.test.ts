import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.ts';
import { preparedQuery } from './prepared-query.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('preparedQuery', () => {
  it('compiles once per database and runs with each call’s values, in the order the SQL binds them', async () => {
    let builds = 0;
    const query = preparedQuery<'a' | 'b', { difference: number }>(['a', 'b'], (db, p) => {
      builds += 1;
      return sql<{ difference: number }>`select cast(${p.b} as integer) - cast(${p.a} as integer) as difference`.compile(db.kysely);
    });
    expect(await query(t.db, t.db.kysely, { a: 2, b: 10 })).toEqual([{ difference: 8 }]);
    expect(await query(t.db, t.db.kysely, { a: 5, b: 6 })).toEqual([{ difference: 1 }]);
    expect(builds).toBe(1);
  });

  it('refuses a query that binds a value of its own, which every call would reuse', async () => {
    const query = preparedQuery<'a', { n: number }>(['a'], (db, p) => sql<{ n: number }>`select cast(${p.a} as integer) + ${3} as n`.compile(db.kysely));
    await expect(query(t.db, t.db.kysely, { a: 1 })).rejects.toThrow(/binds 3/);
  });
});

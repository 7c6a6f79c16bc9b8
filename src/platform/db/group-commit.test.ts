import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/support/test-database.ts';
import type { Db } from './connect.ts';
import { GroupCommit } from './group-commit.ts';

type Notes = { group_commit_notes: { id: number; body: string } };

let db: Db;
let dispose: () => Promise<void>;
let notes: Kysely<Notes>;

beforeAll(async () => {
  ({ db, dispose } = await createTestDatabase());
  await sql`create table group_commit_notes (id integer primary key, body text not null unique)`.execute(db.kysely);
  notes = db.kysely.withTables<Notes>() as unknown as Kysely<Notes>;
});
afterAll(() => dispose());
beforeEach(async () => {
  await sql`delete from group_commit_notes`.execute(db.kysely);
});

const insert = (id: number, body: string) => async (trx: Kysely<Notes>) => {
  await trx.insertInto('group_commit_notes').values({ id, body }).execute();
  return id;
};
const stored = async () => (await notes.selectFrom('group_commit_notes').select(['id', 'body']).orderBy('id').execute()).map((r) => r.body);

describe('group commit', () => {
  it('commits work handed in together as one transaction, each answered with its own result', async () => {
    const writer = new GroupCommit(notes);
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => writer.run(insert(i, `note ${i}`))));
    expect(results).toEqual([1, 2, 3, 4, 5]);
    expect(writer.transactions).toBe(1);
    expect(await stored()).toEqual(['note 1', 'note 2', 'note 3', 'note 4', 'note 5']);
  });

  it('runs work in the order it came, so later work sees what earlier work wrote', async () => {
    const writer = new GroupCommit(notes);
    const first = writer.run(insert(1, 'first'));
    const count = writer.run(async (trx) => (await trx.selectFrom('group_commit_notes').select('id').execute()).length);
    expect(await Promise.all([first, count])).toEqual([1, 1]);
  });

  it('fails only the work that fails: the others of its batch still commit', async () => {
    const writer = new GroupCommit(notes);
    const outcomes = await Promise.allSettled([
      writer.run(insert(1, 'kept')),
      writer.run(insert(2, 'kept')), // the unique body is taken: this one fails
      writer.run(insert(3, 'also kept')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await stored()).toEqual(['kept', 'also kept']);
    expect(writer.transactions).toBe(4); // the failed batch, then each alone
  });

  it('splits a burst larger than its batch size into several transactions', async () => {
    const writer = new GroupCommit(notes, 4);
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.run(insert(i + 1, `n${i + 1}`))));
    expect(writer.transactions).toBe(3);
    expect(await stored()).toHaveLength(10);
  });

  it('work handed in while a batch is running goes in the next one', async () => {
    const writer = new GroupCommit(notes);
    let later: Promise<number> | undefined;
    const first = writer.run(async (trx) => {
      later = writer.run(insert(2, 'later')); // not awaited here: it waits for this batch's commit
      return insert(1, 'first')(trx);
    });
    expect(await first).toBe(1);
    expect(await later).toBe(2);
    expect(writer.transactions).toBe(2);
    expect(await stored()).toEqual(['first', 'later']);
  });
});

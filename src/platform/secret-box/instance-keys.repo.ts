import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type InstanceKeysTable = { instance_keys: { name: string; value: string; created_at: string } };

function keysDb(db: Kysely<Database>) {
  return db.withTables<InstanceKeysTable>();
}

export async function findInstanceKey(db: Kysely<Database>, name: string): Promise<string | undefined> {
  const row = await keysDb(db).selectFrom('instance_keys').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value;
}

/** Stores the key unless another process stored one first; either way the stored one wins. */
export async function insertInstanceKeyIfMissing(db: Kysely<Database>, name: string, value: string, at: string): Promise<void> {
  await keysDb(db)
    .insertInto('instance_keys')
    .values({ name, value, created_at: at })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

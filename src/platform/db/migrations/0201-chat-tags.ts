import type { Kysely } from 'kysely';

/** Tags on chats (the Chat REST API's `PUT /chats/:id`), as JSON text: an array of strings. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('chats').addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]')).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('chats').dropColumn('tags').execute();
}

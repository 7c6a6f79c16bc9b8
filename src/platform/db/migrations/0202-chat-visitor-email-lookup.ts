import { sql, type Kysely } from 'kysely';

/**
 * Chats by their visitor's email, compared as O-5 compares emails (lower case; Chat stores them
 * trimmed): past chats of a person are found with one index lookup (W-5).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('chats_visitor_email').on('chats').expression(sql`account_id, lower(visitor_email)`).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('chats_visitor_email').execute();
}

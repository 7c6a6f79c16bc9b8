import type { Kysely } from 'kysely';

/** Collaborators see the records they collaborate on: lists look collaborations up by user. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('sell_collaborations_collaborator').on('sell_collaborations').columns(['collaborator_id', 'resource_type', 'resource_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sell_collaborations_collaborator').execute();
}

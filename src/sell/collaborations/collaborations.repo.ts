import type { Insertable } from 'kysely';
import { pageRows } from '../records/page-rows.ts';
import type { ListRequest } from '../records/list-request.ts';
import { attachedToVisible } from '../records/visibility-conditions.ts';
import type { CollaborationRow, ResourceType, SellExecutor, SellTables } from '../sell-tables.ts';
import type { Visibility } from '../visibility.ts';

export function findCollaboration(db: SellExecutor, accountId: number, id: number): Promise<CollaborationRow | undefined> {
  return db.selectFrom('sell_collaborations').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** The collaboration of this user on this record, if there is one. */
export function findCollaborator(db: SellExecutor, accountId: number, resourceType: ResourceType, resourceId: number, collaboratorId: number) {
  return db
    .selectFrom('sell_collaborations')
    .select('id')
    .where('account_id', '=', accountId)
    .where('resource_type', '=', resourceType)
    .where('resource_id', '=', resourceId)
    .where('collaborator_id', '=', collaboratorId)
    .executeTakeFirst();
}

/** Whether one of these users collaborates on the record. */
export async function hasCollaboratorAmong(db: SellExecutor, accountId: number, resourceType: ResourceType, resourceId: number, userIds: number[]) {
  const row = await db
    .selectFrom('sell_collaborations')
    .select('id')
    .where('account_id', '=', accountId)
    .where('resource_type', '=', resourceType)
    .where('resource_id', '=', resourceId)
    .where('collaborator_id', 'in', userIds)
    .executeTakeFirst();
  return row !== undefined;
}

export function insertCollaboration(db: SellExecutor, values: Insertable<SellTables['sell_collaborations']>) {
  return db.insertInto('sell_collaborations').values(values).returningAll().executeTakeFirstOrThrow();
}

export function deleteCollaborationRow(db: SellExecutor, accountId: number, id: number) {
  return db.deleteFrom('sell_collaborations').where('account_id', '=', accountId).where('id', '=', id).execute();
}

/** Collaborations on records the actor sees. */
export function listCollaborationRows(db: SellExecutor, accountId: number, visibility: Visibility, request: ListRequest) {
  const query = db
    .selectFrom('sell_collaborations')
    .selectAll()
    .where('sell_collaborations.account_id', '=', accountId)
    .where((eb) => attachedToVisible(eb, 'sell_collaborations', visibility));
  return pageRows(query, 'sell_collaborations', request);
}

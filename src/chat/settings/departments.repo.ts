import type { Insertable, Updateable } from 'kysely';
import type { ChatExecutor, ChatTables, DepartmentRow } from '../chat-tables.ts';

export function listDepartmentRows(db: ChatExecutor, accountId: number): Promise<DepartmentRow[]> {
  return db.selectFrom('chat_departments').selectAll().where('account_id', '=', accountId).orderBy('name_lower').orderBy('id').execute();
}

export function findDepartment(db: ChatExecutor, accountId: number, id: number): Promise<DepartmentRow | undefined> {
  return db.selectFrom('chat_departments').selectAll().where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

export function insertDepartment(db: ChatExecutor, values: Insertable<ChatTables['chat_departments']>): Promise<DepartmentRow> {
  return db.insertInto('chat_departments').values(values).returningAll().executeTakeFirstOrThrow();
}

export function updateDepartmentRow(db: ChatExecutor, accountId: number, id: number, values: Updateable<ChatTables['chat_departments']>) {
  return db.updateTable('chat_departments').set(values).where('account_id', '=', accountId).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export function deleteDepartmentRow(db: ChatExecutor, accountId: number, id: number) {
  return db.deleteFrom('chat_departments').where('account_id', '=', accountId).where('id', '=', id).executeTakeFirst();
}

/** Member agent ids per department of the account (or of the given departments). */
export async function departmentMembers(db: ChatExecutor, accountId: number, departmentIds?: number[]): Promise<Map<number, number[]>> {
  if (departmentIds?.length === 0) return new Map();
  let query = db.selectFrom('chat_department_members').select(['department_id', 'user_id']).where('account_id', '=', accountId).orderBy('user_id');
  if (departmentIds) query = query.where('department_id', 'in', departmentIds);
  const members = new Map<number, number[]>();
  for (const row of await query.execute()) members.set(row.department_id, [...(members.get(row.department_id) ?? []), row.user_id]);
  return members;
}

export async function replaceDepartmentMembers(db: ChatExecutor, accountId: number, departmentId: number, userIds: number[]) {
  await db.deleteFrom('chat_department_members').where('account_id', '=', accountId).where('department_id', '=', departmentId).execute();
  if (userIds.length === 0) return;
  await db
    .insertInto('chat_department_members')
    .values(userIds.map((user_id) => ({ department_id: departmentId, user_id, account_id: accountId })))
    .execute();
}

/** Department ids each agent belongs to. */
export async function departmentsOfAgents(db: ChatExecutor, accountId: number, userIds: number[]): Promise<Map<number, number[]>> {
  const byAgent = new Map<number, number[]>();
  if (userIds.length === 0) return byAgent;
  const rows = await db
    .selectFrom('chat_department_members')
    .select(['department_id', 'user_id'])
    .where('account_id', '=', accountId)
    .where('user_id', 'in', userIds)
    .orderBy('department_id')
    .execute();
  for (const row of rows) byAgent.set(row.user_id, [...(byAgent.get(row.user_id) ?? []), row.department_id]);
  return byAgent;
}

/** Of `ids`, those that are departments of the account. */
export async function departmentIdsAmong(db: ChatExecutor, accountId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('chat_departments').select('id').where('account_id', '=', accountId).where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

/** Makes the agent a member of exactly these departments. */
export async function replaceAgentDepartments(db: ChatExecutor, accountId: number, userId: number, departmentIds: number[]) {
  await db.deleteFrom('chat_department_members').where('account_id', '=', accountId).where('user_id', '=', userId).execute();
  if (departmentIds.length === 0) return;
  await db
    .insertInto('chat_department_members')
    .values(departmentIds.map((department_id) => ({ department_id, user_id: userId, account_id: accountId })))
    .execute();
}

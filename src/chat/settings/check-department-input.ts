import { conflict, invalid } from '../../platform/http/app-error.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import type { ChatExecutor } from '../chat-tables.ts';
import { activeAgentIdsAmong } from '../agents/agents.repo.ts';

export const DEPARTMENTS_ADMIN_ONLY = 'Only the Chat owner or a Chat admin can change departments.';

/** The members, once each and sorted; every one must be an active agent of the account. */
export async function checkMembers(db: ChatExecutor, accountId: number, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  const agents = await activeAgentIdsAmong(db, accountId, unique);
  const stranger = unique.find((id) => !agents.includes(id));
  if (stranger !== undefined) throw invalid('memberIds', `User ${stranger} is not an active agent of this account.`);
  return unique.sort((a, b) => a - b);
}

/** Runs a department write, turning a clash on the name into a clear 409. */
export async function savingDepartment<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('department_name_taken', 'Another department already has this name.');
    throw error;
  }
}

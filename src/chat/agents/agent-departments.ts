import { invalid } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { departmentIdsAmong, replaceAgentDepartments } from '../settings/departments.repo.ts';

/** The departments, once each; every one must be a department of the account. */
export async function checkDepartmentIds(ctx: ChatContext, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  const known = await departmentIdsAmong(ctx.chat, ctx.account.id, unique);
  const stranger = unique.find((id) => !known.includes(id));
  if (stranger !== undefined) throw invalid('departmentIds', `Department ${stranger} does not exist in this account.`);
  return unique;
}

export function setAgentDepartments(ctx: ChatContext, userId: number, departmentIds: number[]) {
  return replaceAgentDepartments(ctx.chat, ctx.account.id, userId, departmentIds);
}


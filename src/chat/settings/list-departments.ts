import type { ChatContext } from '../chat-context.ts';
import { toDepartmentView, type DepartmentView } from './department-view.ts';
import { departmentMembers, listDepartmentRows } from './departments.repo.ts';

/** Every department with its members; `enabledOnly` for what visitors may pick. */
export async function listDepartments(ctx: Pick<ChatContext, 'chat' | 'account'>, enabledOnly = false): Promise<DepartmentView[]> {
  const rows = await listDepartmentRows(ctx.chat, ctx.account.id);
  const members = await departmentMembers(ctx.chat, ctx.account.id);
  return rows.filter((d) => !enabledOnly || d.enabled === 1).map((d) => toDepartmentView(d, members.get(d.id) ?? []));
}

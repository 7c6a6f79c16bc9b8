import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireChatAdmin } from '../agents/chat-guards.ts';
import { checkMembers, DEPARTMENTS_ADMIN_ONLY, savingDepartment } from './check-department-input.ts';
import { updateDepartmentSchema, type UpdateDepartmentInput } from './department-input.ts';
import { toDepartmentView, type DepartmentView } from './department-view.ts';
import { departmentMembers, findDepartment, replaceDepartmentMembers, updateDepartmentRow } from './departments.repo.ts';

export async function updateDepartment(ctx: ChatContext, id: number, rawInput: UpdateDepartmentInput): Promise<DepartmentView> {
  requireChatAdmin(ctx, DEPARTMENTS_ADMIN_ONLY);
  const input = updateDepartmentSchema.parse(rawInput);
  return savingDepartment(() =>
    ctx.chat.transaction().execute(async (trx) => {
      if (!(await findDepartment(trx, ctx.account.id, id))) throw notFound('That department');
      const row = await updateDepartmentRow(trx, ctx.account.id, id, {
        ...(input.name !== undefined ? { name: input.name, name_lower: input.name.toLowerCase() } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.enabled !== undefined ? { enabled: input.enabled ? 1 : 0 } : {}),
        updated_at: ctx.now(),
      });
      if (input.memberIds) await replaceDepartmentMembers(trx, ctx.account.id, id, await checkMembers(trx, ctx.account.id, input.memberIds));
      return toDepartmentView(row, (await departmentMembers(trx, ctx.account.id, [id])).get(id) ?? []);
    }),
  );
}

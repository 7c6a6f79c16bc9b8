import type { ChatContext } from '../chat-context.ts';
import { requireChatAdmin } from '../agents/chat-guards.ts';
import { checkMembers, DEPARTMENTS_ADMIN_ONLY, savingDepartment } from './check-department-input.ts';
import { createDepartmentSchema, type CreateDepartmentInput } from './department-input.ts';
import { toDepartmentView, type DepartmentView } from './department-view.ts';
import { insertDepartment, replaceDepartmentMembers } from './departments.repo.ts';

export async function createDepartment(ctx: ChatContext, rawInput: CreateDepartmentInput): Promise<DepartmentView> {
  requireChatAdmin(ctx, DEPARTMENTS_ADMIN_ONLY);
  const input = createDepartmentSchema.parse(rawInput);
  return savingDepartment(() =>
    ctx.chat.transaction().execute(async (trx) => {
      const now = ctx.now();
      const members = await checkMembers(trx, ctx.account.id, input.memberIds);
      const row = await insertDepartment(trx, {
        account_id: ctx.account.id,
        name: input.name,
        name_lower: input.name.toLowerCase(),
        description: input.description,
        enabled: input.enabled ? 1 : 0,
        created_at: now,
        updated_at: now,
      });
      await replaceDepartmentMembers(trx, ctx.account.id, row.id, members);
      return toDepartmentView(row, members);
    }),
  );
}

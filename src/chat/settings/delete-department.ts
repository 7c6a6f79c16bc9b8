import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { requireChatAdmin } from '../agents/chat-guards.ts';
import { DEPARTMENTS_ADMIN_ONLY } from './check-department-input.ts';
import { deleteDepartmentRow } from './departments.repo.ts';

/** Chats and offline messages of the department keep existing, without a department. */
export async function deleteDepartment(ctx: ChatContext, id: number): Promise<void> {
  requireChatAdmin(ctx, DEPARTMENTS_ADMIN_ONLY);
  const result = await deleteDepartmentRow(ctx.chat, ctx.account.id, id);
  if (Number(result.numDeletedRows) === 0) throw notFound('That department');
}

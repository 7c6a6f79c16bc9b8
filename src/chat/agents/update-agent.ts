import { notFound } from '../../platform/http/app-error.ts';
import { deactivateUser } from '../../platform/identity/deactivate-user.ts';
import { reactivateUser } from '../../platform/identity/reactivate-user.ts';
import { updateUser } from '../../platform/identity/update-user.ts';
import type { ChatContext } from '../chat-context.ts';
import { checkDepartmentIds, setAgentDepartments } from './agent-departments.ts';
import { updateAgentSchema, type UpdateAgentInput } from './agent-input.ts';
import type { AgentView } from './agent-view.ts';
import { findAgentRow } from './agents.repo.ts';
import { requireChatAdmin } from './chat-guards.ts';
import { getAgent } from './get-agent.ts';
import { AGENTS_ADMIN_ONLY } from './add-agent.ts';
import { platformContext } from './platform-context.ts';

/**
 * Changes an agent's name, email, Chat role, departments, or disables (enables) them. Role and
 * state changes reach the agent's open sockets at once.
 */
export async function updateAgent(ctx: ChatContext, id: number, rawInput: UpdateAgentInput): Promise<AgentView> {
  requireChatAdmin(ctx, AGENTS_ADMIN_ONLY);
  const input = updateAgentSchema.parse(rawInput);
  if (!(await findAgentRow(ctx.chat, ctx.account.id, id))) throw notFound('That agent');
  const departmentIds = input.departmentIds ? await checkDepartmentIds(ctx, input.departmentIds) : undefined;
  const op = platformContext(ctx);
  const { name, email, role } = input;
  if (name !== undefined || email !== undefined || role !== undefined) {
    await updateUser(op, id, { ...(name !== undefined ? { name } : {}), ...(email !== undefined ? { email } : {}), ...(role !== undefined ? { chatRole: role } : {}) });
  }
  if (input.enabled === false) await deactivateUser(op, id);
  if (input.enabled === true) await reactivateUser(op, id);
  if (departmentIds) await setAgentDepartments(ctx, id, departmentIds);
  await ctx.live.recheckUser(id);
  return getAgent(ctx, id);
}

import { createUser } from '../../platform/identity/create-user.ts';
import { deactivateUser } from '../../platform/identity/deactivate-user.ts';
import type { ChatContext } from '../chat-context.ts';
import { checkDepartmentIds, setAgentDepartments } from './agent-departments.ts';
import { addAgentSchema, type AddAgentInput } from './agent-input.ts';
import type { AgentView } from './agent-view.ts';
import { requireChatAdmin } from './chat-guards.ts';
import { getAgent } from './get-agent.ts';
import { platformContext } from './platform-context.ts';

export const AGENTS_ADMIN_ONLY = 'Only the Chat owner or a Chat admin can manage agents.';

/** Adds a person to the account as a Chat agent or admin (a user like any other: one sign-in for all products). */
export async function addAgent(ctx: ChatContext, rawInput: AddAgentInput): Promise<AgentView> {
  requireChatAdmin(ctx, AGENTS_ADMIN_ONLY);
  const input = addAgentSchema.parse(rawInput);
  const departmentIds = input.departmentIds ? await checkDepartmentIds(ctx, input.departmentIds) : [];
  const user = await createUser(platformContext(ctx), { name: input.name, email: input.email, password: input.password, chatRole: input.role });
  await setAgentDepartments(ctx, user.id, departmentIds);
  if (!input.enabled) await deactivateUser(platformContext(ctx), user.id);
  return getAgent(ctx, user.id);
}

import { notFound } from '../../platform/http/app-error.ts';
import { updateUser } from '../../platform/identity/update-user.ts';
import type { ChatContext } from '../chat-context.ts';
import { setAgentDepartments } from './agent-departments.ts';
import { findAgentRow } from './agents.repo.ts';
import { requireChatAdmin } from './chat-guards.ts';
import { AGENTS_ADMIN_ONLY } from './add-agent.ts';
import { platformContext } from './platform-context.ts';

/**
 * Takes the Chat role away (and the departments with it): the person stays a user of the account for
 * the other products, and their chats stay in history. Their open Chat sockets close at once.
 */
export async function removeAgent(ctx: ChatContext, id: number): Promise<void> {
  requireChatAdmin(ctx, AGENTS_ADMIN_ONLY);
  if (!(await findAgentRow(ctx.chat, ctx.account.id, id))) throw notFound('That agent');
  await updateUser(platformContext(ctx), id, { chatRole: 'none' });
  await setAgentDepartments(ctx, id, []);
  await ctx.live.recheckUser(id);
}

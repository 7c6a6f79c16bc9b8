import { z } from 'zod';
import { accountRoom, userRoom } from '../../platform/realtime/rooms.ts';
import type { ChatContext } from '../chat-context.ts';
import type { AgentStatus } from '../chat-tables.ts';
import { availableRoom } from '../live/chat-rooms.ts';
import { publishAccountStatus } from '../live/publish-account-status.ts';
import { routeWaitingChats } from '../routing/route-waiting-chats.ts';
import { saveAgentStatus } from './agents.repo.ts';
import { requireAgent } from './chat-guards.ts';

export const agentStatusSchema = z.object({ status: z.enum(['online', 'away', 'invisible']) }).strict();

/**
 * Online, Away or Invisible, kept across reloads. Only Online agents get new chats; the change
 * reaches every tab of the agent, the other agents, and the widgets (online/offline) at once.
 */
export async function setAgentStatus(ctx: ChatContext, rawInput: z.input<typeof agentStatusSchema>): Promise<{ status: AgentStatus }> {
  const agent = requireAgent(ctx);
  const { status } = agentStatusSchema.parse(rawInput);
  await saveAgentStatus(ctx.chat, ctx.account.id, agent.id, status, ctx.now());
  if (status === 'online') ctx.live.joinAgents(userRoom(agent.id), availableRoom(ctx.account.id));
  else ctx.live.leaveAgents(userRoom(agent.id), availableRoom(ctx.account.id));
  ctx.live.toAgents(accountRoom(ctx.account.id), 'agent:status', { agentId: agent.id, status });
  await publishAccountStatus(ctx);
  if (status === 'online') await routeWaitingChats(ctx, agent.id);
  return { status };
}

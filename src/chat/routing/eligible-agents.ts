import type { ChatContext } from '../chat-context.ts';
import { agentLoads } from '../agents/agents.repo.ts';
import { departmentMembers } from '../settings/departments.repo.ts';
import type { ChatSettings } from '../settings/chat-settings.ts';

type Candidate = { agentId: number; load: number };

/**
 * Agents connected and Online who take chats of `departmentId`: its members, or everyone when the
 * department has no members (or the chat has no department).
 */
export async function availableAgentsFor(ctx: ChatContext, departmentId: number | null): Promise<number[]> {
  const ids = await ctx.live.availableAgentIds(ctx.account.id);
  if (departmentId === null || ids.length === 0) return ids;
  const members = (await departmentMembers(ctx.chat, ctx.account.id, [departmentId])).get(departmentId) ?? [];
  return members.length > 0 ? ids.filter((id) => members.includes(id)) : ids;
}

/**
 * The agents a chat of `departmentId` may go to, least loaded first, under the chat limit.
 * `countOffers` counts chats offered but not yet served (assigned routing); `offeredTo` is the agent
 * whose offer of this very chat should not count against them when it is offered again.
 */
export async function eligibleAgents(
  ctx: ChatContext,
  departmentId: number | null,
  settings: ChatSettings,
  options: { countOffers: boolean; offeredTo?: number | null },
): Promise<Candidate[]> {
  const ids = await availableAgentsFor(ctx, departmentId);
  const loads = await agentLoads(ctx.chat, ctx.account.id, ids, options.countOffers);
  return ids
    .map((agentId) => ({ agentId, load: (loads.get(agentId) ?? 0) - (options.offeredTo === agentId ? 1 : 0) }))
    .filter((c) => settings.chatLimit === 0 || c.load < settings.chatLimit)
    .sort((a, b) => a.load - b.load || a.agentId - b.agentId);
}

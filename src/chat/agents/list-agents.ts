import type { ChatContext } from '../chat-context.ts';
import { departmentsOfAgents } from '../settings/departments.repo.ts';
import { toAgentView, type AgentView } from './agent-view.ts';
import { listAgentRows } from './agents.repo.ts';
import { requireAgent } from './chat-guards.ts';

/** Every agent of the account with status and availability (transfer picker, admin lists). */
export async function listAgents(ctx: ChatContext): Promise<AgentView[]> {
  if (ctx.actor.kind !== 'system') requireAgent(ctx);
  const rows = await listAgentRows(ctx.chat, ctx.account.id);
  const available = new Set(await ctx.live.availableAgentIds(ctx.account.id));
  const departments = await departmentsOfAgents(ctx.chat, ctx.account.id, rows.map((r) => r.id));
  return rows.map((r) => toAgentView(r, available.has(r.id), departments.get(r.id) ?? []));
}

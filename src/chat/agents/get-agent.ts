import { notFound } from '../../platform/http/app-error.ts';
import type { ChatContext } from '../chat-context.ts';
import { departmentsOfAgents } from '../settings/departments.repo.ts';
import { toAgentView, type AgentView } from './agent-view.ts';
import { findAgentRow } from './agents.repo.ts';
import { requireAgent } from './chat-guards.ts';

/** One agent (a user with a Chat role, enabled or not) with status and availability. */
export async function getAgent(ctx: ChatContext, id: number): Promise<AgentView> {
  if (ctx.actor.kind !== 'system') requireAgent(ctx);
  const row = await findAgentRow(ctx.chat, ctx.account.id, id);
  if (!row) throw notFound('That agent');
  const [available, departments] = await Promise.all([ctx.live.availableAgentIds(ctx.account.id), departmentsOfAgents(ctx.chat, ctx.account.id, [id])]);
  return toAgentView(row, available.includes(id), departments.get(id) ?? []);
}

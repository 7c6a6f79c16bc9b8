import { chatContext, getChat } from '../../../chat/index.ts';
import type { UserRow } from '../../../platform/identity/users.repo.ts';
import type { IntegrationContext } from '../integration-context.ts';

export type VisitorDetails = { name: string | null; email: string | null; phone: string | null };
export type AgentChat = { id: string; status: string; visitor: VisitorDetails };

/** The chat, if Chat lets this agent see it (Chat decides, through its own operation). */
export async function loadAgentChat(ctx: IntegrationContext, agent: UserRow, chatId: string): Promise<AgentChat> {
  const chat = await getChat(chatContext(ctx.chatServices, ctx.account, { kind: 'agent', user: agent }), chatId);
  const { name, email, phone } = chat.visitor;
  return { id: chat.id, status: chat.status, visitor: { name, email, phone } };
}

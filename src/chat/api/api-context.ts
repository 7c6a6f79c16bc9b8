import type { FastifyRequest } from 'fastify';
import { forbidden } from '../../platform/http/app-error.ts';
import type { ChatContext, ChatServices } from '../chat-context.ts';
import { isChatAdmin } from '../agents/chat-guards.ts';
import { agentContext } from '../http/request-chat-context.ts';

/**
 * The Chat API's caller: a bearer token (personal, or OAuth later) with the `read` scope (`write`
 * to change things), or a session, of a Chat owner or admin of this account. The bearer
 * check itself is the platform's, so a token of another account is a 401.
 */
export function apiContext(services: ChatServices, request: FastifyRequest, scope: 'read' | 'write' = 'read'): ChatContext {
  const ctx = agentContext(services, request);
  if (request.bearer && !request.bearer.scopes.includes(scope)) throw forbidden(`This token lacks the ${scope} scope this Chat API request needs.`);
  if (ctx.actor.kind !== 'agent' || !isChatAdmin(ctx.actor.user)) {
    throw forbidden('Only the Chat owner or a Chat admin can use the Chat API. Ask one of them for an API token.');
  }
  return ctx;
}

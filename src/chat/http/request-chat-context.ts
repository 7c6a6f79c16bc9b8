import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { opContext } from '../../platform/http/op-context.ts';
import { chatContext, type ChatContext, type ChatServices } from '../chat-context.ts';
import { connectVisitor } from '../visitors/connect-visitor.ts';
import { visitorKeyHash } from '../visitors/visitor-key.ts';

/** The signed-in user (by session or bearer token) acting in Chat. */
export function agentContext(services: ChatServices, request: FastifyRequest): ChatContext {
  const { account, actor } = opContext(request);
  if (!actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  return chatContext(services, account, { kind: 'agent', user: actor });
}

/** The widget's visitor, by the account's Host and the `X-Visitor-Key` header. */
export async function visitorContext(services: ChatServices, request: FastifyRequest): Promise<ChatContext> {
  const { account } = opContext(request);
  const keyHash = visitorKeyHash(request.headers['x-visitor-key']);
  const userAgent = request.headers['user-agent'];
  const visitor = await connectVisitor(services, account, keyHash, { ip: request.ip, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 500) : null });
  return chatContext(services, account, { kind: 'visitor', visitor });
}

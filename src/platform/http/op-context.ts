import type { FastifyRequest } from 'fastify';
import type { OpContext } from '../context.ts';
import { accountNotFound } from './request-context.ts';

/** The operation context of a request that passed the account check. */
export function opContext(request: FastifyRequest): OpContext {
  if (!request.account) throw accountNotFound();
  return { db: request.server.db, account: request.account, actor: request.actor };
}

import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { accountNotFound } from '../../platform/http/request-context.ts';
import { marketplaceContext, type MarketplaceContext, type MarketplaceServices } from '../marketplace-context.ts';

/** The origin the browser used: redirect URIs and frame URLs must match it exactly. */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

export function requestMarketplaceContext(services: MarketplaceServices, request: FastifyRequest): MarketplaceContext {
  if (!request.account) throw accountNotFound();
  if (!request.actor) throw new AppError(401, 'unauthenticated', 'Sign in to continue.');
  return marketplaceContext(services, request.account, request.actor, requestOrigin(request));
}

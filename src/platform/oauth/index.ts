import type { FastifyInstance } from 'fastify';
import { oauthApiRoutes } from './oauth-api.routes.ts';
import { oauthEndpointRoutes } from './oauth-endpoints.routes.ts';
import './oauth-events.ts';

/**
 * The OAuth 2.0 authorization server (see docs/marketplace.md). Other server code uses only what is
 * exported here.
 */
export async function oauthPlugin(app: FastifyInstance) {
  await app.register(oauthEndpointRoutes);
  await app.register(oauthApiRoutes);
}

export { registerOAuthClient } from './register-oauth-client.ts';
export { findOAuthClient } from './find-oauth-client.ts';
export { revokeGrantsOfClient } from './revoke-grants-of-client.ts';
export { revokeGrant } from './revoke-grant.ts';
export type { OAuthClient } from './oauth-client.ts';
export type { GrantRevokeReason } from './oauth-events.ts';

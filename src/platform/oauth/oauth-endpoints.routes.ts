import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toAppError } from '../http/error-envelope.ts';
import { exchangeToken } from './exchange-token.ts';
import { acceptFormBodies } from './form-body.ts';
import { oauthErrorAnswer, type OAuthHttpAnswer, type OAuthHttpRequest } from './oauth-http.ts';
import { revokeOAuthToken } from './revoke-oauth-token.ts';
import { serverMetadata } from './server-metadata.ts';

const BASES = ['/oauth2', '/oauth'];

/**
 * The endpoints OAuth clients call: token (RFC 6749), revocation (RFC 7009), metadata (RFC 8414).
 * Clients authenticate themselves, never with a cookie, so there is no CSRF token; every error is
 * RFC 6749 JSON.
 */
export async function oauthEndpointRoutes(app: FastifyInstance) {
  acceptFormBodies(app);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    const answer = oauthErrorAnswer(appError.status, appError.status >= 500 ? 'server_error' : 'invalid_request', appError.message);
    return send(request, reply, answer);
  });

  const endpoint = (run: (accountId: number, input: OAuthHttpRequest) => Promise<OAuthHttpAnswer>) => async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.account) {
      return send(request, reply, oauthErrorAnswer(404, 'invalid_request', 'No Tandem account lives at this address. Check the subdomain in the URL.'));
    }
    return send(request, reply, await run(request.account.id, oauthRequest(request)));
  };
  for (const base of BASES) {
    app.post(`${base}/token`, { config: { access: 'public' } }, endpoint((accountId, input) => exchangeToken(app.db, accountId, app.config, input)));
    app.post(`${base}/revoke`, { config: { access: 'public' } }, endpoint((accountId, input) => revokeOAuthToken(app.db, accountId, input)));
  }

  app.get('/.well-known/oauth-authorization-server', { config: { access: 'public' } }, async (request) => serverMetadata(`${request.protocol}://${request.host}`));
}

function oauthRequest(request: FastifyRequest): OAuthHttpRequest {
  const strings = (record: unknown) =>
    Object.fromEntries(Object.entries((record ?? {}) as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return { method: request.method, headers: strings(request.headers), query: strings(request.query), body: strings(request.body) };
}

function send(request: FastifyRequest, reply: FastifyReply, answer: OAuthHttpAnswer) {
  if (answer.cause) request.log.error({ err: answer.cause }, 'OAuth request failed');
  reply.status(answer.status).headers(answer.headers);
  return typeof answer.body === 'string' ? reply.send(answer.body) : reply.type('application/json; charset=utf-8').send(answer.body);
}

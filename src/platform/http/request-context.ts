import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hostToSubdomain } from '../accounts/host-to-subdomain.ts';
import { cachedAccountBySubdomain, findAccountBySubdomain, findDefaultAccount } from '../accounts/accounts.repo.ts';
import { resolveSession } from '../identity/resolve-session.ts';
import { bearerFrom, verifyBearerToken } from '../tokens/verify-bearer-token.ts';
import { AppError } from './app-error.ts';
import { SESSION_COOKIE } from './session-cookie.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const accountNotFound = () =>
  new AppError(404, 'account_not_found', 'No Tandem account lives at this address. Check the subdomain in the URL.');

/**
 * Resolves, for every request, the account named by the Host header and the signed-in user, then
 * enforces the route's access level and CSRF protection for cookie-authenticated writes (before the
 * body is validated, so a forged request learns nothing).
 */
async function requestContext(app: FastifyInstance) {
  app.decorateRequest('account', null);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('unknownSubdomain', false);
  app.decorateRequest('bearer', null);

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access ?? 'user';
    const found = await accountForHost(app, request);
    request.account = found.account ?? null;
    request.unknownSubdomain = found.unknownSubdomain;
    if (access === 'public') {
      if (request.account) await attachSession(app, request, { strict: false });
      return;
    }
    if (!request.account) throw accountNotFound();
    if (access === 'api' && request.headers.authorization !== undefined) {
      await attachBearer(app, request);
      return;
    }
    await attachSession(app, request, { strict: true });
    if ((access === 'user' || access === 'api') && !request.actor) {
      throw new AppError(401, 'unauthenticated', access === 'api' ? 'Send a valid access token: Authorization: Bearer <token>.' : 'Sign in to continue.');
    }
    checkCsrf(request);
  });
}

/** Cookie-authenticated writes must echo the session's token: another site cannot read it. */
function checkCsrf(request: FastifyRequest) {
  if (!request.session || !UNSAFE_METHODS.has(request.method) || request.routeOptions.config?.skipCsrf) return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !sameToken(sent, request.session.csrfToken)) {
    throw new AppError(403, 'csrf_failed', 'This request is missing its security token. Reload the page and try again.');
  }
}

async function accountForHost(app: FastifyInstance, request: FastifyRequest) {
  const target = hostToSubdomain(request.headers.host, app.config.baseDomains);
  if (target.kind === 'subdomain') {
    const account = await cachedAccountBySubdomain(app.db.kysely, app.db.location, target.subdomain);
    return { account, unknownSubdomain: !account };
  }
  const account = app.config.defaultAccount
    ? await findAccountBySubdomain(app.db.kysely, app.config.defaultAccount)
    : await findDefaultAccount(app.db.kysely);
  return { account, unknownSubdomain: false };
}

async function attachSession(app: FastifyInstance, request: FastifyRequest, { strict }: { strict: boolean }) {
  const token = request.cookies[SESSION_COOKIE];
  const resolved = await resolveSession(app.db, token, request.account!.id, app.config.sessionTtlHours);
  if (resolved.kind === 'other-account') {
    // A session of account A learns nothing about account B: to it, B's routes do not exist.
    if (strict) throw new AppError(404, 'not_found', 'Not found.');
    return;
  }
  if (resolved.kind === 'valid') {
    request.actor = resolved.user;
    request.session = { tokenHash: resolved.tokenHash, csrfToken: resolved.csrfToken };
  }
}

/** APIs take a bearer token (personal or OAuth) instead of a session; no cookie, so no CSRF either. */
async function attachBearer(app: FastifyInstance, request: FastifyRequest) {
  const result = await verifyBearerToken(app.db, request.account!.id, bearerFrom(request.headers.authorization));
  if (!result.ok) {
    throw new AppError(401, 'unauthenticated', 'The access token is missing, revoked, expired or not valid for this account.');
  }
  request.actor = result.identity.user;
  request.bearer = result.identity;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

export const requestContextPlugin = fp(requestContext, { name: 'tandem-request-context' });

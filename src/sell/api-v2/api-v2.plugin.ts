import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { toAppError } from '../../platform/http/error-envelope.ts';
import { FixedWindowLimiter } from '../../platform/http/fixed-window-limiter.ts';
import { methodNotAllowed } from '../../platform/http/method-not-allowed.ts';
import { ensureSellSetup } from '../setup/ensure-sell-setup.ts';
import { leadRoutes } from './leads.routes.ts';
import { namedItemRoutes } from './named-items.routes.ts';
import { userRoutes } from './users.routes.ts';
import { customFieldRoutes } from './custom-fields.routes.ts';
import { noteRoutes } from './notes.routes.ts';
import { taskRoutes } from './tasks.routes.ts';
import { tagRoutes } from './tags.routes.ts';
import { feedRoutes } from './feed.routes.ts';
import { leadStatusRoutes } from './lead-statuses.routes.ts';
import { poolRoutes } from './pools.routes.ts';
import { registerFeedProjection } from '../feed/project-feed.ts';
import './route-config.ts';
import { sendSellError } from './sell-api-error.ts';

/**
 * The Sell Core API v2 (Zendesk Sell wire format) under /v2: bearer tokens or the web app's session,
 * scopes, a per-token hourly limit, and errors in the Sell envelope from every route and hook.
 */
export async function sellApiV2(app: FastifyInstance) {
  const limiter = new FixedWindowLimiter(app.config.sellApiRateLimitPerHour, 3600_000);
  registerFeedProjection(app.events);

  await app.register(
    async (v2) => {
      v2.addHook('onRoute', (route) => {
        route.config = { access: 'api', ...route.config };
      });
      v2.setErrorHandler((error, request, reply) => {
        const appError = toAppError(error as Error);
        if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
        return sendSellError(request, reply, appError, request.routeOptions.config?.resource);
      });
      v2.addHook('preHandler', async (request, reply) => {
        reply.header('content-language', 'en');
        checkScope(request);
        const key = request.bearer ? `token:${request.bearer.tokenId}` : `user:${request.actor?.id}`;
        const limit = limiter.hit(`${request.account?.id}:${key}`);
        reply.header('x-ratelimit-limit', String(app.config.sellApiRateLimitPerHour));
        reply.header('x-ratelimit-remaining', String(limit.remaining));
        if (!limit.allowed) {
          throw new AppError(429, 'rate_limited', 'Too many requests for this token. Slow down and retry later.', undefined, {
            'Retry-After': String(limit.retryAfterSeconds),
          });
        }
        await ensureSellSetup(app.db, request.account!.id);
      });

      const notAllowed = methodNotAllowed(v2, () => true);
      await v2.register(leadRoutes);
      await v2.register(namedItemRoutes);
      await v2.register(userRoutes);
      await v2.register(customFieldRoutes);
      await v2.register(noteRoutes);
      await v2.register(taskRoutes);
      await v2.register(tagRoutes);
      await v2.register(feedRoutes);
      await v2.register(leadStatusRoutes);
      await v2.register(poolRoutes);
      await v2.after();
      notAllowed.answer();
      v2.all('/*', async (request) => {
        throw new AppError(404, 'route_not_found', `There is no Sell API endpoint at ${request.method} ${request.url.split('?')[0]}.`);
      });
    },
    { prefix: '/v2' },
  );
}

function checkScope(request: FastifyRequest) {
  const needed = request.routeOptions.config?.scope;
  if (!needed || !request.bearer || request.bearer.scopes.includes(needed)) return;
  throw new AppError(403, 'insufficient_scope', `This token lacks the "${needed}" scope this request needs.`);
}

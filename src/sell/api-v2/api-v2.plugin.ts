import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { toAppError } from '../../platform/http/error-envelope.ts';
import { MemoryWindowLimiter, RedisWindowLimiter, type WindowLimiter } from '../../platform/http/fixed-window-limiter.ts';
import { methodNotAllowed } from '../../platform/http/method-not-allowed.ts';
import { ensureSellSetup } from '../setup/ensure-sell-setup.ts';
import { leadRoutes } from './leads.routes.ts';
import { contactRoutes } from './contacts.routes.ts';
import { dealRoutes } from './deals.routes.ts';
import { associatedContactRoutes } from './associated-contacts.routes.ts';
import { pipelineRoutes } from './pipelines.routes.ts';
import { stageRoutes } from './stages.routes.ts';
import { leadConversionRoutes } from './lead-conversions.routes.ts';
import { namedItemRoutes } from './named-items.routes.ts';
import { userRoutes } from './users.routes.ts';
import { customFieldRoutes } from './custom-fields.routes.ts';
import { noteRoutes } from './notes.routes.ts';
import { taskRoutes } from './tasks.routes.ts';
import { tagRoutes } from './tags.routes.ts';
import { feedRoutes } from './feed.routes.ts';
import { leadStatusRoutes } from './lead-statuses.routes.ts';
import { poolRoutes } from './pools.routes.ts';
import { syncRoutes } from './sync.routes.ts';
import { productRoutes } from './products.routes.ts';
import { orderRoutes } from './orders.routes.ts';
import { lineItemRoutes } from './line-items.routes.ts';
import { callRoutes } from './calls.routes.ts';
import { collaborationRoutes } from './collaborations.routes.ts';
import { activityRoutes } from './activities.routes.ts';
import { registerRevisionProjection } from '../sync/project-revisions.ts';
import { registerFeedProjection } from '../feed/project-feed.ts';
import { registerFeedLive } from '../feed/feed-live.ts';
import './route-config.ts';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { renderReferencePage } from './reference-page.ts';
import { sendSellError } from './sell-api-error.ts';

/**
 * The Sell Core API v2 (Zendesk Sell wire format) under /v2: bearer tokens or the web app's session,
 * scopes, a per-token hourly limit, and errors in the Sell envelope from every route and hook.
 */
export async function sellApiV2(app: FastifyInstance) {
  const limit = app.config.sellApiRateLimitPerHour;
  const limiter: WindowLimiter = app.redis
    ? new RedisWindowLimiter(app.redis, `${app.config.redisPrefix}:sell-api`, limit, 3600_000)
    : new MemoryWindowLimiter(limit, 3600_000);
  registerFeedProjection(app.events, registerFeedLive(app));
  registerRevisionProjection(app.events);

  await app.register(
    async (v2) => {
      await v2.register(fastifySwagger, {
        openapi: {
          info: {
            title: 'Tandem Sell API',
            version: 'v2',
            description: 'The Zendesk Sell Core API v2 wire format: existing Sell client libraries work unchanged. Authorization: Bearer <personal access token or OAuth token>.',
          },
          components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
          security: [{ bearer: [] }],
        },
        hideUntagged: true,
        transform: jsonSchemaTransform,
      });
      // Route schemas document; each route parses its own input so errors keep the Sell wire format.
      v2.setValidatorCompiler(() => (value) => ({ value }));
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
        if (request.routeOptions.config?.access === 'public') return;
        checkScope(request);
        const key = request.bearer ? `token:${request.bearer.tokenId}` : `user:${request.actor?.id}`;
        const result = await limiter.hit(`${request.account?.id}:${key}`);
        reply.header('x-ratelimit-limit', String(limit));
        reply.header('x-ratelimit-remaining', String(result.remaining));
        if (!result.allowed) {
          throw new AppError(429, 'rate_limited', 'Too many requests for this token. Slow down and retry later.', undefined, {
            'Retry-After': String(result.retryAfterSeconds),
          });
        }
        await ensureSellSetup(app.db, request.account!.id);
      });

      const notAllowed = methodNotAllowed(v2, () => true);
      await v2.register(leadRoutes);
      await v2.register(contactRoutes);
      await v2.register(dealRoutes);
      await v2.register(associatedContactRoutes);
      await v2.register(pipelineRoutes);
      await v2.register(stageRoutes);
      await v2.register(leadConversionRoutes);
      await v2.register(namedItemRoutes);
      await v2.register(userRoutes);
      await v2.register(customFieldRoutes);
      await v2.register(noteRoutes);
      await v2.register(taskRoutes);
      await v2.register(tagRoutes);
      await v2.register(feedRoutes);
      await v2.register(leadStatusRoutes);
      await v2.register(poolRoutes);
      await v2.register(syncRoutes);
      await v2.register(productRoutes);
      await v2.register(orderRoutes);
      await v2.register(lineItemRoutes);
      await v2.register(callRoutes);
      await v2.register(collaborationRoutes);
      await v2.register(activityRoutes);
      await v2.after();
      notAllowed.answer();
      v2.get('/openapi.json', { config: { access: 'public' } }, async () => v2.swagger());
      v2.get('/reference', { config: { access: 'public' } }, async (_request, reply) =>
        reply.type('text/html; charset=utf-8').send(renderReferencePage(v2.swagger() as never)),
      );
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

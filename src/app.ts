import crypto from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import { connectDatabase, type Db } from './platform/db/connect.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { EventDispatcher } from './platform/events/dispatcher.ts';
import { connectRedis } from './platform/redis-client.ts';
import './platform/http/fastify-types.ts';
import './platform/zod-messages.ts';
import { AppError } from './platform/http/app-error.ts';
import { registerErrorEnvelope, sendError } from './platform/http/error-envelope.ts';
import { healthRoutes } from './platform/http/health.routes.ts';
import { methodNotAllowed } from './platform/http/method-not-allowed.ts';
import { requestContextPlugin } from './platform/http/request-context.ts';
import { securityHeadersPlugin } from './platform/http/security-headers.ts';
import { webAppRoutes } from './platform/http/web-app.routes.ts';
import { accountRoutes } from './platform/accounts/accounts.routes.ts';
import { identityRoutes } from './platform/identity/identity.routes.ts';
import { tokenRoutes } from './platform/tokens/tokens.routes.ts';
import { oauthPlugin } from './platform/oauth/index.ts';
import { attachRealtime } from './platform/realtime/realtime.ts';
import { chatPlugin } from './chat/index.ts';
import { sellApiV2 } from './sell/api-v2/api-v2.plugin.ts';
import { phoneCountryRoutes } from './sell/http/phone-country.routes.ts';
import { marketplacePlugin } from './marketplace/index.ts';
import { sellChatPlugin } from './integrations/sell-chat/index.ts';

export type BuildOptions = {
  /** A database to use instead of opening one from the config; the caller closes it. */
  db?: Db;
  /** Skip migrating at start (the caller already did, e.g. a test that made a fresh database). */
  migrated?: boolean;
};

// The Sell API (/v2) answers its own 405s in its own error format.
const isApiPath = (url: string) => url.startsWith('/api/') || url === '/healthz' || url === '/readyz';

/** Builds the whole server without opening a port: main.ts listens, tests use inject(). */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const ownsDb = !options.db;
  const db = options.db ?? connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, checkpointEveryMs: config.sqliteCheckpointMs });
  if (!options.migrated) await migrateToLatest(db);

  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    return503OnClosing: true,
  });
  // JSON only: a text/plain body is what a cross-site form can send without a CORS preflight.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const events = new EventDispatcher(db, app.log);
  // Counters every node must share (rate limits) live in Redis when there is one.
  const redis = config.redisUrl ? connectRedis(config.redisUrl, app.log) : null;
  app.decorate('redis', redis);
  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('events', events);
  app.addHook('onReady', async () => {
    if (config.outboxPollMs > 0) events.start(config.outboxPollMs);
  });
  app.addHook('onClose', async () => {
    await events.stop();
    await redis?.quit().catch(() => redis.disconnect());
    if (ownsDb) await db.close();
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const routeTable: FastifyInstance['routeTable'] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access ?? 'user';
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url, access });
  });

  registerErrorEnvelope(app);
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new AppError(404, 'not_found', `Nothing answers ${request.method} ${request.url.split('?')[0]}.`)),
  );

  await app.register(securityHeadersPlugin);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    ...(redis ? { redis, nameSpace: `${config.redisPrefix}:rate-limit:` } : {}),
    errorResponseBuilder: (_request, context) =>
      new AppError(429, 'rate_limited', `Too many attempts. Try again in ${Math.ceil(context.ttl / 1000)} seconds.`),
  });
  await app.register(requestContextPlugin);

  const notAllowed = methodNotAllowed(app, isApiPath);
  await app.register(healthRoutes);
  await app.register(identityRoutes);
  await app.register(accountRoutes);
  await app.register(tokenRoutes);
  await app.register(oauthPlugin);
  attachRealtime(app);
  await app.register(chatPlugin);
  await app.register(sellApiV2);
  await app.register(phoneCountryRoutes);
  await app.register(marketplacePlugin);
  await app.register(sellChatPlugin);
  await app.register(webAppRoutes);
  await app.after();
  notAllowed.answer();
  return app;
}

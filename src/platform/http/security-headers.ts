import { createRequire } from 'node:module';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import fp from 'fastify-plugin';

type HeaderSink = { setHeader(name: string, value: string): void; removeHeader(name: string): void };
type HelmetMiddleware = (req: unknown, res: HeaderSink, next: (error?: unknown) => void) => void;

// The very helmet @fastify/helmet runs, so the headers worked out here are the ones it would send.
const helmet = createRequire(createRequire(import.meta.url).resolve('@fastify/helmet'))('helmet') as (options: object) => HelmetMiddleware;

/** Static options only (no per-request CSP functions or nonces): the headers are worked out once. */
const options = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine writes CSS variables into style tags at run time.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", 'ws:', 'wss:'],
      frameAncestors: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
} satisfies FastifyHelmetOptions;

function headersOf(middleware: HelmetMiddleware): Record<string, string> {
  const headers: Record<string, string> = {};
  middleware({}, { setHeader: (name, value) => (headers[name.toLowerCase()] = value), removeHeader: () => {} }, (error) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * helmet's security headers on every response. @fastify/helmet builds helmet's middleware anew for
 * every request, which cost more than a whole API read; the default headers depend on nothing in the
 * request, so they are worked out once here. A route that asks for its own helmet options (route
 * option `helmet: {...}` or `helmet: false`) still gets them from @fastify/helmet.
 */
async function securityHeaders(app: FastifyInstance) {
  const defaults = headersOf(helmet(options));
  await app.register(fastifyHelmet, { ...options, global: false });
  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    // @fastify/helmet keeps a route's own `helmet` option in its config.
    if ((request.routeOptions.config as { helmet?: unknown } | undefined)?.helmet === undefined) reply.headers(defaults);
    done();
  });
}

export const securityHeadersPlugin = fp(securityHeaders, { name: 'tandem-security-headers' });

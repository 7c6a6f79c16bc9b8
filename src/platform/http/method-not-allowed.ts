import type { FastifyInstance, HTTPMethods } from 'fastify';
import { AppError } from './app-error.ts';

const METHODS: HTTPMethods[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * Fastify answers a known path with an unknown method as 404; clients deserve 405 with `Allow`.
 * Call it before a plugin's routes are added and `answer` after, to fill in the missing methods.
 */
export function methodNotAllowed(app: FastifyInstance, isApiPath: (url: string) => boolean) {
  const methodsByUrl = new Map<string, Set<string>>();
  let answering = false;
  app.addHook('onRoute', (route) => {
    if (answering || !isApiPath(route.url)) return;
    // routePath is the url inside this plugin (without its prefix), where the 405 routes are added.
    const path = route.routePath ?? route.url;
    const methods = methodsByUrl.get(path) ?? new Set<string>();
    for (const m of [route.method].flat()) methods.add(m);
    methodsByUrl.set(path, methods);
  });
  return {
    answer() {
      answering = true;
      for (const [url, methods] of methodsByUrl) {
        const missing = METHODS.filter((m) => !methods.has(m));
        if (missing.length === 0) continue;
        const allow = [...methods].filter((m) => m !== 'HEAD').join(', ');
        app.route({
          method: missing,
          url,
          config: { access: 'public', skipCsrf: true },
          handler: async () => {
            throw new AppError(405, 'method_not_allowed', `This address accepts ${allow} only.`, undefined, { Allow: allow });
          },
        });
      }
    },
  };
}

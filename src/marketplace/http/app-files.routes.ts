import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../platform/http/app-error.ts';
import { resolveAppFile } from '../catalog/app-file.ts';
import type { Catalog } from '../catalog/load-catalog.ts';
import { contentTypeOf } from './content-types.ts';

/**
 * App files at /apps/<id>/<file>. They run in an opaque origin: the sandbox CSP applies even when a
 * file is opened outside the host's sandboxed iframe, and CORS/CORP let that opaque origin load them.
 * Only files inside the app's folder are served.
 */
export function appFilesRoutes(catalog: Catalog) {
  return async (app: FastifyInstance) => {
    app.get<{ Params: { appId: string; '*': string } }>('/apps/:appId/*', { config: { access: 'public' } }, async (request, reply) => {
      const entry = catalog.get(request.params.appId);
      const file = entry ? resolveAppFile(entry.dir, request.params['*']) : null;
      if (!file) throw new AppError(404, 'not_found', 'No such app file.');
      reply
        .header('content-security-policy', 'sandbox allow-scripts allow-forms allow-popups')
        .header('access-control-allow-origin', '*')
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('cache-control', 'no-cache')
        .type(contentTypeOf(file));
      return reply.send(fs.createReadStream(file));
    });
  };
}

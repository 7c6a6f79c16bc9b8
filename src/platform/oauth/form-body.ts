import type { FastifyInstance } from 'fastify';
import { AppError } from '../http/app-error.ts';

/**
 * application/x-www-form-urlencoded bodies, as OAuth clients send them (RFC 6749 §4.1.3), for the
 * routes of one plugin only. A parameter sent twice is refused (§3.1).
 */
export function acceptFormBodies(app: FastifyInstance) {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, text, done) => {
    const fields: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(String(text))) {
      if (key in fields) return done(new AppError(400, 'invalid_request', `Invalid request: \`${key}\` is sent more than once`), undefined);
      fields[key] = value;
    }
    done(null, fields);
  });
}

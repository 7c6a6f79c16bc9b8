import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { exportReadAudit } from '../audit/export-read-audit.ts';
import { listReadAudit } from '../audit/list-read-audit.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { BASE } from './base-path.ts';

type Query = Record<string, string>;

/** B-1: the read audit, as pages and as a CSV download. Filters are checked by the operations. */
export function auditRoutes(ctx: (request: FastifyRequest) => IntegrationContext) {
  return async (app: FastifyInstance) => {
    app.get(`${BASE}/audit`, async (request) => listReadAudit(ctx(request), request.query as Query));
    app.get(`${BASE}/audit.csv`, async (request, reply) => {
      const lines = exportReadAudit(ctx(request), request.query as Query);
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="sell-chat-read-audit-${day}.csv"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(lines));
    });
  };
}

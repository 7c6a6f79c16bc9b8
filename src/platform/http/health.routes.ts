import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';

export async function healthRoutes(app: FastifyInstance) {
  app.get('/healthz', { config: { access: 'public' } }, async () => ({ status: 'ok' }));

  /** Ready when the database answers: a load balancer sends traffic only then. */
  app.get('/readyz', { config: { access: 'public' } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(app.db.kysely);
      return { status: 'ready', database: app.db.dialect };
    } catch (error) {
      app.log.error({ err: error }, 'database not ready');
      return reply.status(503).send({ status: 'unavailable', database: app.db.dialect });
    }
  });
}

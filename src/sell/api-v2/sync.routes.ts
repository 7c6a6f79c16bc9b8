import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { ackSync } from '../sync/ack-sync.ts';
import { fetchSyncQueue } from '../sync/fetch-sync-queue.ts';
import { startSync } from '../sync/start-sync.ts';
import { parseBody } from './parse-body.ts';
import { refuseQuery } from './parse-list-query.ts';
import { bodyDocs, plainDocs } from './route-docs.ts';
import { z } from 'zod';

const device = (headers: Record<string, unknown>) => headers['x-basecrm-device-uuid'] as string | undefined;

/** The Sync API: start (201, or 204 when nothing is new), fetch the queue (200, 204 when drained), ack (202). */
export async function syncRoutes(app: FastifyInstance) {
  const config = { scope: 'sync', resource: 'sync' } as const;

  app.post('/sync/start', { config, schema: plainDocs('Sync', 'Start a sync session (201), or 204 when nothing is new; needs X-Basecrm-Device-UUID') }, async (request, reply) => {
    const session = await startSync(opContext(request), device(request.headers));
    if (!session) return reply.status(204).send();
    return reply.status(201).send({
      data: { id: session.id, queues: [{ data: { name: 'main', pages: session.pages, total_count: session.totalCount }, meta: { type: 'sync_queue' } }] },
      meta: { type: 'sync_session' },
    });
  });

  app.get('/sync/:sessionId/queues/:queue', { config, schema: plainDocs('Sync', 'Fetch the next page of the queue (200), 204 when drained') }, async (request, reply) => {
    refuseQuery(request.query as Record<string, string>);
    const { sessionId, queue } = request.params as { sessionId: string; queue: string };
    if (queue !== 'main') throw new AppError(404, 'not_found', `There is no sync queue named "${queue}".`);
    const page = await fetchSyncQueue(opContext(request), device(request.headers), sessionId);
    if (!page) return reply.status(204).send();
    return { items: page.items, meta: { type: 'collection', count: page.items.length, count_left: page.countLeft } };
  });

  app.post('/sync/ack', { config, schema: bodyDocs('Sync', 'Acknowledge received items (202)', z.object({ ack_keys: z.array(z.string()) })) }, async (request, reply) => {
    await ackSync(opContext(request), device(request.headers), parseBody(request.body, ['ack_keys'], []));
    // Empty, and not JSON: a JSON 2xx must carry data or items for the Python client.
    return reply.status(202).send();
  });
}

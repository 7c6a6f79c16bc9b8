import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../platform/http/schemas.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { listNotifications } from '../notifications/list-notifications.ts';
import { markNotificationsRead } from '../notifications/mark-notifications-read.ts';
import { BASE } from './base-path.ts';

/** W-3: the signed-in user's notifications (Sell's top bar lists them). */
export function notificationRoutes(ctx: (request: FastifyRequest) => IntegrationContext) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(`${BASE}/notifications`, async (request) => listNotifications(ctx(request), request.query as Record<string, string>));
    app.post(`${BASE}/notifications/read-all`, async (request) => markNotificationsRead(ctx(request), null));
    app.post(`${BASE}/notifications/:id/read`, { schema: { params: idParams } }, async (request) => markNotificationsRead(ctx(request), request.params.id));
  };
}

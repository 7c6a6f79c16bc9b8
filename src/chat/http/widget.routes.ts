import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { opContext } from '../../platform/http/op-context.ts';
import { chatContext, type ChatServices } from '../chat-context.ts';
import { offlineMessageSchema, sendOfflineMessage } from '../offline/send-offline-message.ts';
import { getWidgetConfig } from '../settings/get-widget-config.ts';
import { visitorContext } from './request-chat-context.ts';

const PUBLIC = { access: 'public' as const };

/**
 * The widget's HTTP side, called from customers' sites: public (the Host names the account),
 * cross-origin without credentials. Everything else the widget does goes over `/chat/visitor`.
 */
export function widgetRoutes(services: ChatServices) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.addHook('onSend', async (_request, reply) => {
      allowAnyOrigin(reply);
    });
    for (const url of ['/api/chat/widget/config', '/api/chat/widget/offline-messages']) {
      app.options(url, { config: PUBLIC }, async (_request, reply) =>
        reply
          .header('access-control-allow-methods', 'GET, POST')
          .header('access-control-allow-headers', 'content-type, x-visitor-key')
          .header('access-control-max-age', '600')
          .status(204)
          .send(),
      );
    }

    app.get('/api/chat/widget/config', { config: PUBLIC }, async (request) => {
      const { account } = opContext(request);
      return { widget: await getWidgetConfig(chatContext(services, account, { kind: 'system' })) };
    });

    app.post('/api/chat/widget/offline-messages', { config: PUBLIC, schema: { body: offlineMessageSchema } }, async (request) => ({
      offlineMessage: await sendOfflineMessage(await visitorContext(services, request), request.body),
    }));
  };
}

/** Any site may call these, but never with cookies: nothing here answers to a session. */
function allowAnyOrigin(reply: FastifyReply) {
  reply.header('access-control-allow-origin', '*');
  reply.header('vary', 'origin');
}

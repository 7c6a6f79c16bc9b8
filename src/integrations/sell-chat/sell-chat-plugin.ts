import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { opContext } from '../../platform/http/op-context.ts';
import { auditRoutes } from './http/audit.routes.ts';
import { chatCardRoutes } from './http/chat-card.routes.ts';
import { notificationRoutes } from './http/notifications.routes.ts';
import { settingsRoutes } from './http/settings.routes.ts';
import { integrationContext } from './integration-context.ts';
import { registerLivePushes } from './live/live-pushes.ts';
import { registerPastChats } from './past-chats/register-past-chats.ts';

/** The Sell–Chat integration on the app: routes under /api/integrations/sell-chat, its socket namespace and pushes. */
async function sellChat(app: FastifyInstance) {
  const ctx = (request: FastifyRequest) => integrationContext(opContext(request), app.chatServices);
  registerLivePushes(app);
  registerPastChats(app);
  await app.register(settingsRoutes(ctx));
  await app.register(chatCardRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(notificationRoutes(ctx));
}

export const sellChatPlugin = fp(sellChat, { name: 'tandem-sell-chat', dependencies: ['tandem-chat'] });

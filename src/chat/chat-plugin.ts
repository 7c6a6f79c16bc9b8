import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { nowIso } from '../platform/db/time.ts';
import type { ChatServices } from './chat-context.ts';
import { chatDb } from './chat-tables.ts';
import { hasChatRole, NO_CHAT_ROLE } from './agents/chat-guards.ts';
import { chatApiRoutes } from './api/chat-api.routes.ts';
import { chatApiWriteRoutes } from './api/chat-api-writes.routes.ts';
import { dashboardRoutes } from './http/dashboard.routes.ts';
import { settingsRoutes } from './http/settings.routes.ts';
import { widgetRoutes } from './http/widget.routes.ts';
import { widgetPreviewRoutes } from './http/widget-preview.routes.ts';
import { registerAgentSocket } from './live/agent-socket.ts';
import { AGENT_NAMESPACE, VISITOR_NAMESPACE } from './live/chat-rooms.ts';
import { SenderLimits } from './live/sender-limits.ts';
import { socketChatLive } from './live/socket-chat-live.ts';
import { registerVisitorSocket, type VisitorGuest } from './live/visitor-socket.ts';
import { RoutingSweeper } from './routing/routing-sweeper.ts';
import { connectVisitor } from './visitors/connect-visitor.ts';
import { visitorKeyHash } from './visitors/visitor-key.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Chat's services (database view, live pushes, clock): what tests and the demo drive operations with. */
    chatServices: ChatServices;
  }
}

/** Chat on the app: its socket namespaces on the realtime server, its HTTP routes and its routing sweep. */
async function chat(app: FastifyInstance) {
  const agents = app.realtime.userNamespace(AGENT_NAMESPACE, (user) => (hasChatRole(user) ? null : NO_CHAT_ROLE));
  const visitors = app.realtime.guestNamespace<VisitorGuest>(VISITOR_NAMESPACE, async (account, auth, client) => ({
    visitor: await connectVisitor(services, account, visitorKeyHash(auth.visitorKey), client),
  }));
  const services: ChatServices = { db: app.db, chat: chatDb(app.db), live: socketChatLive(agents, visitors, (id) => app.realtime.recheckUser(id)), now: nowIso };
  app.decorate('chatServices', services);
  const limits = SenderLimits.create({
    redis: app.redis,
    prefix: app.config.redisPrefix,
    messagesPerMinute: app.config.chatMessagesPerMinute,
    typingPerMinute: app.config.chatTypingPerMinute,
    log: app.log,
  });
  registerAgentSocket(agents, services, limits, app.log);
  registerVisitorSocket(visitors, services, limits, app.log);

  await app.register(dashboardRoutes(services));
  await app.register(settingsRoutes(services));
  await app.register(widgetRoutes(services));
  await app.register(widgetPreviewRoutes);
  await app.register(chatApiRoutes(services));
  await app.register(chatApiWriteRoutes(services));

  const sweeper = new RoutingSweeper(services, app.log);
  app.addHook('onReady', async () => {
    if (app.config.chatRoutingSweepMs > 0) sweeper.start(app.config.chatRoutingSweepMs);
  });
  app.addHook('onClose', () => sweeper.stop());
}

export const chatPlugin = fp(chat, { name: 'tandem-chat' });

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ChatServices } from '../chat-context.ts';
import { listAgents } from '../agents/list-agents.ts';
import { loadDashboard } from '../agents/load-dashboard.ts';
import { agentStatusSchema, setAgentStatus } from '../agents/set-agent-status.ts';
import { getTranscript } from '../conversations/get-transcript.ts';
import { chatIdSchema } from '../conversations/message-input.ts';
import { historyQuerySchema, searchHistory } from '../history/search-history.ts';
import { listOfflineMessages, listOfflineMessagesSchema } from '../offline/list-offline-messages.ts';
import { markOfflineMessageRead } from '../offline/mark-offline-message-read.ts';
import { agentContext } from './request-chat-context.ts';

const chatParams = z.object({ id: chatIdSchema });

/** The agent dashboard's HTTP side (cookie session, like the rest of /api): docs/chat.md. */
export function dashboardRoutes(services: ChatServices) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const ctx = (request: Parameters<typeof agentContext>[1]) => agentContext(services, request);

    app.get('/api/chat/dashboard', async (request) => loadDashboard(ctx(request)));
    app.put('/api/chat/status', { schema: { body: agentStatusSchema } }, async (request) => setAgentStatus(ctx(request), request.body));
    app.get('/api/chat/agents', async (request) => ({ agents: await listAgents(ctx(request)) }));
    app.get('/api/chat/history', { schema: { querystring: historyQuerySchema } }, async (request) => searchHistory(ctx(request), request.query));
    app.get('/api/chat/chats/:id', { schema: { params: chatParams } }, async (request) => getTranscript(ctx(request), request.params.id));
    app.get('/api/chat/offline-messages', { schema: { querystring: listOfflineMessagesSchema } }, async (request) =>
      listOfflineMessages(ctx(request), request.query),
    );
    app.patch(
      '/api/chat/offline-messages/:id',
      { schema: { params: chatParams, body: z.object({ read: z.boolean() }).strict() } },
      async (request) => ({ offlineMessage: await markOfflineMessageRead(ctx(request), request.params.id, request.body.read) }),
    );
  };
}

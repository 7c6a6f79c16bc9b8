import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalid, notFound } from '../../platform/http/app-error.ts';
import type { ChatServices } from '../chat-context.ts';
import { addAgent } from '../agents/add-agent.ts';
import { removeAgent } from '../agents/remove-agent.ts';
import { updateAgent } from '../agents/update-agent.ts';
import { deleteChats } from '../conversations/delete-chats.ts';
import { createDepartment } from '../settings/create-department.ts';
import { deleteDepartment } from '../settings/delete-department.ts';
import { updateDepartment } from '../settings/update-department.ts';
import { apiContext } from './api-context.ts';
import { useChatApiErrors } from './api-errors.ts';
import { updateApiChat } from './update-api-chat.ts';
import { toZendeskAgent, toZendeskDepartment } from './zendesk-resources.ts';
import { zendeskAgentChanges, zendeskChatChanges, zendeskDepartmentChanges, zendeskNewAgent, zendeskNewDepartment } from './zendesk-input.ts';

const API = { access: 'api' as const };
const BASE = '/api/v2/chat';
const chatId = z.object({ id: z.string().min(1).max(64) });
const numericId = z.object({ id: z.coerce.number().int().positive() });

/**
 * The Chat REST API's writes (chat-api.md 1.4): tag or delete chats, mark offline messages read,
 * manage agents and departments. The Chat owner or an admin, with a token that has the `write` scope.
 */
export function chatApiWriteRoutes(services: ChatServices) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    useChatApiErrors(fastify);
    const ctx = (request: FastifyRequest) => apiContext(services, request, 'write');

    app.put(`${BASE}/chats/:id`, { config: API, schema: { params: chatId, body: zendeskChatChanges } }, async (request) =>
      updateApiChat(ctx(request), request.params.id, request.body),
    );

    app.delete(`${BASE}/chats/:id`, { config: API, schema: { params: chatId } }, async (request, reply) => {
      if ((await deleteChats(ctx(request), [request.params.id])).length === 0) throw notFound('That chat');
      return reply.status(204).send();
    });

    app.delete(`${BASE}/chats`, { config: API, schema: { querystring: z.object({ ids: z.string().min(1).max(10_000) }) } }, async (request, reply) => {
      const ids = request.query.ids.split(',').map((s) => s.trim()).filter(Boolean);
      if (ids.length > 100) throw invalid('ids', 'Delete at most 100 chats at a time.');
      await deleteChats(ctx(request), ids);
      return reply.status(204).send();
    });

    app.post(`${BASE}/agents`, { config: API, schema: { body: zendeskNewAgent } }, async (request, reply) =>
      reply.status(201).send(toZendeskAgent(await addAgent(ctx(request), request.body))),
    );
    app.put(`${BASE}/agents/:id`, { config: API, schema: { params: numericId, body: zendeskAgentChanges } }, async (request) =>
      toZendeskAgent(await updateAgent(ctx(request), request.params.id, request.body)),
    );
    app.delete(`${BASE}/agents/:id`, { config: API, schema: { params: numericId } }, async (request, reply) => {
      await removeAgent(ctx(request), request.params.id);
      return reply.status(204).send();
    });

    app.post(`${BASE}/departments`, { config: API, schema: { body: zendeskNewDepartment } }, async (request, reply) =>
      reply.status(201).send(toZendeskDepartment(await createDepartment(ctx(request), request.body))),
    );
    app.put(`${BASE}/departments/:id`, { config: API, schema: { params: numericId, body: zendeskDepartmentChanges } }, async (request) =>
      toZendeskDepartment(await updateDepartment(ctx(request), request.params.id, request.body)),
    );
    app.delete(`${BASE}/departments/:id`, { config: API, schema: { params: numericId } }, async (request, reply) => {
      await deleteDepartment(ctx(request), request.params.id);
      return reply.status(204).send();
    });
  };
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, notFound } from '../../platform/http/app-error.ts';
import type { ChatServices } from '../chat-context.ts';
import { getAgent } from '../agents/get-agent.ts';
import { listAgents } from '../agents/list-agents.ts';
import { listDepartments } from '../settings/list-departments.ts';
import { apiContext } from './api-context.ts';
import { useChatApiErrors } from './api-errors.ts';
import { pageSchema } from './api-paging.ts';
import { bulkGetChats } from './bulk-get-chats.ts';
import { getVisitor } from './get-visitor.ts';
import { listChats } from './list-chats.ts';
import { loadApiDocs } from './load-api-docs.ts';
import { searchChats } from './search-chats.ts';
import { toZendeskAccount, toZendeskAgent, toZendeskDepartment, toZendeskVisitor } from './zendesk-resources.ts';

const API = { access: 'api' as const };
const BASE = '/api/v2/chat';
const limit = (max: number) => z.coerce.number().int().min(1).max(max);
const numericId = z.object({ id: z.coerce.number().int().positive() });

/** The Chat REST API's reads, shaped like Zendesk Chat's (A-11, chat-api.md 1.4–1.8); writes are in chat-api-writes.routes.ts. */
export function chatApiRoutes(services: ChatServices) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    useChatApiErrors(fastify);
    const ctx = (request: FastifyRequest) => apiContext(services, request);
    const urlOf = (request: FastifyRequest) => (path: string) => `${request.protocol}://${request.host}${BASE}${path}`;

    app.get(
      `${BASE}/chats`,
      { config: API, schema: { querystring: z.object({ ids: z.string().max(10_000).optional(), page: pageSchema, limit: limit(100).default(100) }) } },
      async (request) =>
        request.query.ids !== undefined ? bulkGetChats(ctx(request), request.query.ids) : listChats(ctx(request), request.query, urlOf(request)),
    );

    app.get(
      `${BASE}/chats/search`,
      { config: API, schema: { querystring: z.object({ q: z.string().max(2000).default(''), page: pageSchema, limit: limit(100).default(50) }) } },
      async (request) => searchChats(ctx(request), request.query, urlOf(request)),
    );

    app.get(`${BASE}/chats/:id`, { config: API, schema: { params: z.object({ id: z.string().min(1).max(64) }) } }, async (request) => {
      const doc = (await loadApiDocs(ctx(request), [request.params.id])).get(request.params.id);
      if (!doc) throw notFound('That chat');
      return doc;
    });

    app.get(
      `${BASE}/agents`,
      { config: API, schema: { querystring: z.object({ since_id: z.coerce.number().int().min(0).default(0), limit: limit(100).default(100) }) } },
      async (request) => {
        const agents = await listAgents(ctx(request));
        return agents.filter((a) => a.id >= request.query.since_id).slice(0, request.query.limit).map(toZendeskAgent);
      },
    );

    app.get(`${BASE}/agents/me`, { config: API }, async (request) => agentById(request, request.actor!.id));
    app.get(`${BASE}/agents/:id`, { config: API, schema: { params: numericId } }, async (request) => agentById(request, request.params.id));

    app.get(`${BASE}/visitors/:id`, { config: API, schema: { params: numericId } }, async (request) =>
      toZendeskVisitor(await getVisitor(ctx(request), request.params.id)),
    );

    app.get(`${BASE}/departments`, { config: API }, async (request) => (await listDepartments(ctx(request))).map(toZendeskDepartment));
    app.get(`${BASE}/departments/:id`, { config: API, schema: { params: numericId } }, async (request) => {
      const department = (await listDepartments(ctx(request))).find((d) => d.id === request.params.id);
      if (!department) throw notFound('That department');
      return toZendeskDepartment(department);
    });

    app.get(`${BASE}/account`, { config: API }, async (request) => toZendeskAccount(ctx(request).account));

    // Unknown paths answer in this API's error shape too (after the token check).
    app.get(`${BASE}/*`, { config: API }, async (request) => {
      ctx(request);
      throw new AppError(404, 'not_found', `Nothing answers GET ${request.url.split('?')[0]}.`);
    });

    async function agentById(request: FastifyRequest, id: number) {
      return toZendeskAgent(await getAgent(ctx(request), id));
    }
  };
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../platform/http/schemas.ts';
import type { ChatServices } from '../chat-context.ts';
import { requireAgent } from '../agents/chat-guards.ts';
import { loadChatSettings } from '../settings/chat-settings.ts';
import { createDepartment } from '../settings/create-department.ts';
import { deleteDepartment } from '../settings/delete-department.ts';
import { createDepartmentSchema, updateDepartmentSchema } from '../settings/department-input.ts';
import { listDepartments } from '../settings/list-departments.ts';
import { updateSettingsSchema } from '../settings/settings-input.ts';
import { updateChatSettings } from '../settings/update-chat-settings.ts';
import { updateDepartment } from '../settings/update-department.ts';
import { agentContext } from './request-chat-context.ts';

/** Chat settings and departments: every agent reads them, the Chat owner and admins change them. */
export function settingsRoutes(services: ChatServices) {
  return async (fastify: FastifyInstance) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const ctx = (request: Parameters<typeof agentContext>[1]) => agentContext(services, request);

    app.get('/api/chat/settings', async (request) => {
      const c = ctx(request);
      requireAgent(c);
      return { settings: await loadChatSettings(c.chat, c.account.id) };
    });
    app.patch('/api/chat/settings', { schema: { body: updateSettingsSchema } }, async (request) => ({
      settings: await updateChatSettings(ctx(request), request.body),
    }));

    app.get('/api/chat/departments', async (request) => {
      const c = ctx(request);
      requireAgent(c);
      return { departments: await listDepartments(c) };
    });
    app.post('/api/chat/departments', { schema: { body: createDepartmentSchema } }, async (request) => ({
      department: await createDepartment(ctx(request), request.body),
    }));
    app.patch('/api/chat/departments/:id', { schema: { params: idParams, body: updateDepartmentSchema } }, async (request) => ({
      department: await updateDepartment(ctx(request), request.params.id, request.body),
    }));
    app.delete('/api/chat/departments/:id', { schema: { params: idParams } }, async (request, reply) => {
      await deleteDepartment(ctx(request), request.params.id);
      return reply.status(204).send();
    });
  };
}

import type { FastifyInstance } from 'fastify';
import { opContext } from '../../platform/http/op-context.ts';
import { createTask } from '../tasks/create-task.ts';
import { deleteTask } from '../tasks/delete-task.ts';
import { getTask } from '../tasks/get-task.ts';
import { listTasks } from '../tasks/list-tasks.ts';
import { taskInputSchema, taskReadOnlyFields } from '../tasks/task-input.ts';
import { toTaskView } from '../tasks/task-view.ts';
import { updateTask } from '../tasks/update-task.ts';
import { many, one } from './envelopes.ts';
import { parseBody } from './parse-body.ts';
import { parseListQuery, refuseQuery, type ListSpec } from './parse-list-query.ts';
import { recordId } from './record-id.ts';
import { bodyDocs, idDocs, listDocs } from './route-docs.ts';

const spec: ListSpec = {
  filters: {
    completed: { column: 'completed', kind: 'bool' },
    overdue: { column: 'overdue', kind: 'bool' },
    remind: { column: 'remind', kind: 'bool' },
    creator_id: { column: 'creator_id', kind: 'id' },
    owner_id: { column: 'owner_id', kind: 'id' },
    resource_id: { column: 'resource_id', kind: 'id' },
    resource_type: { column: 'resource_type', kind: 'string' },
    type: { column: 'type', kind: 'string' },
  },
  sortable: ['id', 'created_at', 'updated_at', 'due_date', 'completed_at'],
  defaultSort: 'updated_at:asc',
  search: true,
};
const writable = Object.keys(taskInputSchema.shape);

export async function taskRoutes(app: FastifyInstance) {
  const read = { scope: 'read', resource: 'task' } as const;
  const write = { scope: 'write', resource: 'task' } as const;

  app.get('/tasks', { config: read, schema: listDocs('Tasks', 'List tasks', spec) }, async (request) => {
    const list = parseListQuery(request.query as Record<string, string>, spec);
    const { items, hasMore } = await listTasks(opContext(request), list);
    return many(request, 'task', items.map((t) => toTaskView(t)), list.page, list.perPage, hasMore);
  });
  app.post('/tasks', { config: write, schema: bodyDocs('Tasks', 'Create a task', taskInputSchema) }, async (request) => {
    return one('task', toTaskView(await createTask(opContext(request), parseBody(request.body, writable, taskReadOnlyFields))));
  });
  app.get('/tasks/:id', { config: read, schema: idDocs('Tasks', 'Retrieve a task') }, async (request) => {
    refuseQuery(request.query as Record<string, string>);
    return one('task', toTaskView(await getTask(opContext(request), recordId(request.params))));
  });
  app.put('/tasks/:id', { config: write, schema: bodyDocs('Tasks', 'Update a task', taskInputSchema, true) }, async (request) => {
    return one('task', toTaskView(await updateTask(opContext(request), recordId(request.params), parseBody(request.body, writable, taskReadOnlyFields))));
  });
  app.delete('/tasks/:id', { config: write, schema: idDocs('Tasks', 'Delete a task') }, async (request, reply) => {
    await deleteTask(opContext(request), recordId(request.params));
    return reply.status(204).send();
  });
}

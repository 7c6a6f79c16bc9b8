import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { sellContext } from '../sell-context.ts';
import '../sell-events.ts';
import { checkTaskTarget } from './check-task-target.ts';
import { taskInputSchema, type TaskInput } from './task-input.ts';
import { insertTask } from './tasks.repo.ts';

export async function createTask(opCtx: OpContext, rawInput: TaskInput) {
  const ctx = await sellContext(opCtx);
  const input = taskInputSchema.parse(rawInput);
  if (!input.content) throw invalid('content', 'Say what the task is.');
  const target = { resource_type: input.resource_type ?? null, resource_id: input.resource_id ?? null, owner_id: input.owner_id ?? ctx.actor.id };
  await checkTaskTarget(ctx, target);
  return ctx.sell.transaction().execute(async (trx) => {
    const now = nowIso();
    const task = await insertTask(trx, {
      account_id: ctx.account.id,
      creator_id: ctx.actor.id,
      ...target,
      content: input.content!,
      due_date: input.due_date ?? null,
      remind_at: input.remind_at ?? null,
      completed: input.completed ? 1 : 0,
      completed_at: input.completed ? now : null,
      created_at: now,
      updated_at: now,
    });
    await appendEvent(trx, ctx.account.id, 'sell.task.created', {
      taskId: task.id,
      resourceType: task.resource_type,
      resourceId: task.resource_id,
      actorId: ctx.actor.id,
      content: task.content,
      dueDate: task.due_date,
    });
    return task;
  });
}

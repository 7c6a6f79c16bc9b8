import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { sellContext } from '../sell-context.ts';
import { checkTaskTarget } from './check-task-target.ts';
import { loadVisibleTask } from './load-visible-task.ts';
import { taskInputSchema, type TaskInput } from './task-input.ts';
import { updateTaskRow } from './tasks.repo.ts';

/** Changes what was sent; completing a task stamps when and puts it in the record's feed. */
export async function updateTask(opCtx: OpContext, id: number, rawInput: TaskInput) {
  const ctx = await sellContext(opCtx);
  const input = taskInputSchema.parse(rawInput);
  const before = await loadVisibleTask(ctx, id);
  const pick = <K extends 'resource_type' | 'resource_id' | 'owner_id' | 'due_date' | 'remind_at'>(k: K) =>
    (input[k] !== undefined ? input[k] : before[k]) as (typeof before)[K];
  const target = { resource_type: pick('resource_type'), resource_id: pick('resource_id'), owner_id: pick('owner_id') };
  if (target.resource_type !== before.resource_type || target.resource_id !== before.resource_id || target.owner_id !== before.owner_id) {
    await checkTaskTarget(ctx, target);
  }
  const completed = input.completed === undefined ? before.completed === 1 : input.completed;
  const nowCompleted = completed && before.completed === 0;
  return ctx.sell.transaction().execute(async (trx) => {
    const now = nowIso();
    const task = await updateTaskRow(trx, ctx.account.id, id, {
      ...target,
      content: input.content ?? before.content,
      due_date: pick('due_date'),
      remind_at: pick('remind_at'),
      completed: completed ? 1 : 0,
      completed_at: completed ? (before.completed_at ?? now) : null,
      updated_at: now,
    });
    if (nowCompleted) {
      await appendEvent(trx, ctx.account.id, 'sell.task.completed', {
        taskId: id,
        resourceType: task.resource_type,
        resourceId: task.resource_id,
        actorId: ctx.actor.id,
        content: task.content,
      });
    }
    return task;
  });
}

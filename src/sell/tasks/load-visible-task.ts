import { notFound } from '../../platform/http/app-error.ts';
import { checkVisibleRecord } from '../records/load-visible-record.ts';
import type { SellContext } from '../sell-context.ts';
import { canSee } from '../visibility.ts';
import { findTask } from './tasks.repo.ts';

/** A task on a record is visible with its record; a floating task with its owner. */
export async function loadVisibleTask(ctx: SellContext, id: number) {
  const task = await findTask(ctx.sell, ctx.account.id, id);
  if (!task) throw notFound('That task');
  if (task.resource_type && task.resource_id) {
    try {
      await checkVisibleRecord(ctx, task.resource_type, task.resource_id);
    } catch {
      throw notFound('That task');
    }
  } else if (!canSee(ctx.visibility, task.owner_id)) throw notFound('That task');
  return task;
}

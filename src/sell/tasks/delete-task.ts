import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleTask } from './load-visible-task.ts';
import { deleteTaskRow } from './tasks.repo.ts';

export async function deleteTask(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleTask(ctx, id);
  await deleteTaskRow(ctx.sell, ctx.account.id, id);
}

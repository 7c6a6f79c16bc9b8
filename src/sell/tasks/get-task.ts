import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleTask } from './load-visible-task.ts';

export async function getTask(opCtx: OpContext, id: number) {
  return loadVisibleTask(await sellContext(opCtx), id);
}

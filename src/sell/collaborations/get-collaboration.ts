import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleCollaboration } from './load-visible-collaboration.ts';

export async function getCollaboration(opCtx: OpContext, id: number) {
  return loadVisibleCollaboration(await sellContext(opCtx), id);
}

import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleNote } from './load-visible-note.ts';

export async function getNote(opCtx: OpContext, id: number) {
  return loadVisibleNote(await sellContext(opCtx), id);
}

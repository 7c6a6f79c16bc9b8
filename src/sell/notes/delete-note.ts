import type { OpContext } from '../../platform/context.ts';
import { sellContext } from '../sell-context.ts';
import { loadVisibleNote } from './load-visible-note.ts';
import { deleteNoteRow } from './notes.repo.ts';

export async function deleteNote(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleNote(ctx, id);
  await deleteNoteRow(ctx.sell, ctx.account.id, id);
}

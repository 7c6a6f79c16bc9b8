import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { sellContext } from '../sell-context.ts';
import { noteInputSchema } from './note-input.ts';
import { loadVisibleNote } from './load-visible-note.ts';
import { updateNoteContent } from './notes.repo.ts';

/** Only the content changes: a note stays on the record it was written on. */
export async function updateNote(opCtx: OpContext, id: number, rawInput: { content?: unknown }) {
  const ctx = await sellContext(opCtx);
  const note = await loadVisibleNote(ctx, id);
  if (rawInput.content === undefined) return note;
  const { content } = noteInputSchema.pick({ content: true }).parse({ content: rawInput.content });
  return updateNoteContent(ctx.sell, ctx.account.id, id, content, nowIso());
}

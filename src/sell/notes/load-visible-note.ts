import { notFound } from '../../platform/http/app-error.ts';
import { checkVisibleRecord } from '../records/load-visible-record.ts';
import type { SellContext } from '../sell-context.ts';
import { findNote } from './notes.repo.ts';

/** A note is visible when its record is. */
export async function loadVisibleNote(ctx: SellContext, id: number) {
  const note = await findNote(ctx.sell, ctx.account.id, id);
  if (!note) throw notFound('That note');
  try {
    await checkVisibleRecord(ctx, note.resource_type, note.resource_id);
  } catch {
    throw notFound('That note');
  }
  return note;
}

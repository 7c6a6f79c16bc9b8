import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { withinTransaction } from '../../platform/db/transaction.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { checkVisibleRecord } from '../records/load-visible-record.ts';
import type { z } from 'zod';
import { sellContext, type SellContext } from '../sell-context.ts';
import '../sell-events.ts';
import { noteInputSchema, type NoteInput } from './note-input.ts';
import { insertNote } from './notes.repo.ts';

/**
 * Adds a note to a lead, contact or deal the actor can see; it appears in that record's feed. Given a
 * context whose db is a transaction (inOneTransaction), the note commits with the caller's writes.
 */
export async function createNote(opCtx: OpContext, rawInput: NoteInput) {
  const ctx = await sellContext(opCtx);
  const input = noteInputSchema.parse(rawInput);
  await checkVisibleRecord(ctx, input.resource_type, input.resource_id);
  return writeNote(ctx, input);
}

/** The note's write, for operations that have already decided the actor may write it. */
export function writeNote(ctx: SellContext, input: z.output<typeof noteInputSchema>) {
  return withinTransaction(ctx.sell, async (trx) => {
    const now = nowIso();
    const note = await insertNote(trx, {
      account_id: ctx.account.id,
      creator_id: ctx.actor.id,
      resource_type: input.resource_type,
      resource_id: input.resource_id,
      content: input.content,
      created_at: now,
      updated_at: now,
    });
    await appendEvent(trx, ctx.account.id, 'sell.note.created', {
      noteId: note.id,
      resourceType: note.resource_type,
      resourceId: note.resource_id,
      actorId: ctx.actor.id,
      content: note.content,
    });
    return note;
  });
}

import type { OpContext } from '../../platform/context.ts';
import { inOneTransaction } from '../../platform/db/transaction.ts';
import { noteInputSchema } from '../notes/note-input.ts';
import { writeNote } from '../notes/create-note.ts';
import { sellContext } from '../sell-context.ts';
import type { LeadInput } from './lead-input.ts';
import { createLead } from './create-lead.ts';

/**
 * A lead and its first note, written by whoever creates the lead, in one transaction. The creator
 * may note what they just made even when the lead goes to an owner whose records they cannot see
 * (a rep handing a chat visitor to another team); any other note goes through createNote's check.
 */
export async function createLeadWithNote(opCtx: OpContext, leadInput: LeadInput, noteContent: string) {
  return inOneTransaction(opCtx.db, async (db) => {
    const ctx = { ...opCtx, db };
    const lead = await createLead(ctx, leadInput);
    const note = await writeNote(await sellContext(ctx), noteInputSchema.parse({ content: noteContent, resource_type: 'lead', resource_id: lead.id }));
    return { lead, note };
  });
}

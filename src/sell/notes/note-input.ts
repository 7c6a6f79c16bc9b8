import { z } from 'zod';
import { idInput } from '../records/input-fields.ts';

export const noteInputSchema = z.object({
  content: z.string().trim().min(1, 'Write something in the note.').max(100_000, 'Use at most 100,000 characters.'),
  resource_type: z.enum(['lead', 'contact', 'deal']),
  resource_id: idInput,
});
export type NoteInput = z.input<typeof noteInputSchema>;
export const noteReadOnlyFields = ['id', 'creator_id', 'created_at', 'updated_at', 'type'];

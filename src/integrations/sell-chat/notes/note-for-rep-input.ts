import { z } from 'zod';

/** W-3: a note on a matched record, for its owner. */
export const noteForRepSchema = z
  .object({
    recordType: z.enum(['lead', 'contact', 'deal']),
    recordId: z.number().int().positive(),
    content: z.string().trim().min(1, 'Write something in the note.').max(10_000, 'Use at most 10,000 characters.'),
  })
  .strict();

export type NoteForRepInput = z.input<typeof noteForRepSchema>;

import { z } from 'zod';
import { ownerEntrySchema } from '../settings/settings-input.ts';

const text = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

/** W-2: the Create lead form. Anything left out comes from the visitor (names per O-7). */
export const leadFromChatSchema = z
  .object({
    firstName: text(255).optional(),
    lastName: text(255).optional(),
    email: text(255).nullable().optional(),
    phone: text(64).nullable().optional(),
    /** An optional note for the new lead. */
    note: text(10_000).optional(),
    /** The owner the agent picked, when S-16/S-17 offer a choice. */
    owner: ownerEntrySchema.nullable().optional(),
  })
  .strict();

export type LeadFromChatInput = z.input<typeof leadFromChatSchema>;

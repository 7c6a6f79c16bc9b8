import { z } from 'zod';
import { idInput, shortText } from '../records/input-fields.ts';

/** A contact joins a deal with a role ("involved" unless said otherwise). */
export const associatedContactInputSchema = z.object({
  contact_id: idInput,
  role: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), shortText.nullable()).optional(),
});
export type AssociatedContactInput = z.input<typeof associatedContactInputSchema>;

export const associatedContactReadOnlyFields = ['created_at', 'updated_at'];

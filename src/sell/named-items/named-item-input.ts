import { z } from 'zod';

export const namedItemInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(255, 'Use at most 255 characters.'),
  resource_type: z.enum(['lead', 'deal']).optional(),
});
export type NamedItemInput = z.input<typeof namedItemInputSchema>;

import { z } from 'zod';

export const tagInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter a tag name.').max(100, 'Use at most 100 characters.'),
  resource_type: z.enum(['lead', 'contact', 'deal']),
});
export const tagReadOnlyFields = ['id', 'creator_id', 'created_at', 'updated_at'];

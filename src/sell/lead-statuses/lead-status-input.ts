import { z } from 'zod';
import { boolInput } from '../records/input-fields.ts';

export const leadStatusInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a status name.').max(100, 'Use at most 100 characters.'),
    position: z.number().int().min(0),
    default: boolInput,
  })
  .partial();
export const leadStatusReadOnlyFields = ['id', 'created_at', 'updated_at'];

import { z } from 'zod';
import { boolInput } from '../records/input-fields.ts';
import { customFieldTypes } from './field-types.ts';

export const customFieldInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter a field name.').max(100, 'Use at most 100 characters.'),
    type: z.enum(customFieldTypes),
    choices: z.array(z.union([z.string().trim().min(1).max(100), z.object({ name: z.string().trim().min(1).max(100) }).transform((c) => c.name)])).max(200),
    filterable: boolInput,
    for_contact: boolInput,
    for_organisation: boolInput,
  })
  .partial();
export const customFieldReadOnlyFields = ['id', 'created_at', 'updated_at'];

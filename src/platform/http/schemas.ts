import { z } from 'zod';

export const idParams = z.object({ id: z.coerce.number().int().positive() });

export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
  requestId: z.string(),
});

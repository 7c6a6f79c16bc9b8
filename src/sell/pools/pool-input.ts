import { z } from 'zod';
import { idInput } from '../records/input-fields.ts';

export const poolInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the pool.').max(100, 'Use at most 100 characters.'),
    resource_type: z.enum(['lead', 'contact', 'deal']),
    member_ids: z.array(idInput).max(500),
  })
  .partial();
export const poolReadOnlyFields = ['id', 'members', 'next_user_id', 'created_at', 'updated_at'];

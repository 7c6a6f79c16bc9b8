import { z } from 'zod';
import { idInput } from '../records/input-fields.ts';

/** What a client sends to add a collaborator to a record (collaborations are made and deleted, never changed). */
export const collaborationInputSchema = z
  .object({
    resource_type: z.enum(['lead', 'contact', 'deal'], { message: 'resource_type must be lead, contact or deal.' }),
    resource_id: idInput,
    collaborator_id: idInput,
  })
  .partial();
export type CollaborationInput = z.input<typeof collaborationInputSchema>;
export const collaborationReadOnlyFields = ['id', 'creator_id', 'created_at', 'updated_at'];

import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema } from '../../platform/identity/user-input.ts';

const departmentIdsSchema = z.array(z.number().int().positive()).max(500);

/** A new agent: a user of the account with a Chat role (the owner is made at setup, never here). */
export const addAgentSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: passwordSchema,
    role: z.enum(['agent', 'admin']).default('agent'),
    enabled: z.boolean().default(true),
    departmentIds: departmentIdsSchema.optional(),
  })
  .strict();

/** What an admin may change of an agent; what is left out stays. `owner` hands ownership over. */
export const updateAgentSchema = z
  .object({
    name: nameSchema.optional(),
    email: emailSchema.optional(),
    role: z.enum(['agent', 'admin', 'owner']).optional(),
    enabled: z.boolean().optional(),
    departmentIds: departmentIdsSchema.optional(),
  })
  .strict();

export type AddAgentInput = z.input<typeof addAgentSchema>;
export type UpdateAgentInput = z.input<typeof updateAgentSchema>;

import { z } from 'zod';

export const createDepartmentSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the department.').max(100),
    description: z.string().trim().max(500).default(''),
    enabled: z.boolean().default(true),
    /** Agents who get this department's chats; none means every agent. */
    memberIds: z.array(z.number().int().positive()).max(500).default([]),
  })
  .strict();

export const updateDepartmentSchema = z
  .object({
    name: z.string().trim().min(1, 'Name the department.').max(100).optional(),
    description: z.string().trim().max(500).optional(),
    enabled: z.boolean().optional(),
    memberIds: z.array(z.number().int().positive()).max(500).optional(),
  })
  .strict();

export type CreateDepartmentInput = z.input<typeof createDepartmentSchema>;
export type UpdateDepartmentInput = z.input<typeof updateDepartmentSchema>;

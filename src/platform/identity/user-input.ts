import { z } from 'zod';
import { chatRoleSchema, sellRoleSchema, supportRoleSchema } from './roles.ts';

export const nameSchema = z.string().trim().min(1, 'Enter a name.').max(120, 'Use at most 120 characters.');
export const emailSchema = z.string().trim().max(254, 'Use at most 254 characters.').pipe(z.email('Enter a valid email address.'));
export const passwordSchema = z
  .string()
  .min(8, 'Use at least 8 characters.')
  .max(200, 'Use at most 200 characters.');
export const localeSchema = z.enum(['en', 'ja']);

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  sellRole: sellRoleSchema.default('none'),
  sellFullAccess: z.boolean().default(false),
  reportsToId: z.number().int().positive().nullable().default(null),
  chatRole: chatRoleSchema.default('none'),
  supportRole: supportRoleSchema.default('none'),
  locale: localeSchema.nullable().default(null),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    sellRole: sellRoleSchema,
    sellFullAccess: z.boolean(),
    reportsToId: z.number().int().positive().nullable(),
    chatRole: chatRoleSchema,
    supportRole: supportRoleSchema,
  })
  .partial()
  .strict();
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

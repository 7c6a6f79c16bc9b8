import { z } from 'zod';
import { subdomainSchema } from './subdomain-rules.ts';
import { emailSchema, nameSchema, passwordSchema } from '../identity/user-input.ts';

export const chatPlans = ['lite', 'team', 'professional', 'enterprise'] as const;
export const chatVersions = ['phase3', 'phase4'] as const;
export const sellKinds = ['platform', 'legacy'] as const;

export const accountNameSchema = z.string().trim().min(1, 'Enter the account name.').max(120, 'Use at most 120 characters.');

export const createAccountSchema = z.object({
  accountName: accountNameSchema,
  subdomain: subdomainSchema,
  ownerName: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  sellKind: z.enum(sellKinds).default('platform'),
  chatPlan: z.enum(chatPlans).default('team'),
  chatVersion: z.enum(chatVersions).default('phase4'),
});
export type CreateAccountInput = z.input<typeof createAccountSchema>;

export const updateAccountSchema = z
  .object({
    name: accountNameSchema,
    chatPlan: z.enum(chatPlans),
    chatVersion: z.enum(chatVersions),
    topmostManagerId: z.number().int().positive().nullable(),
  })
  .partial()
  .strict();
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;

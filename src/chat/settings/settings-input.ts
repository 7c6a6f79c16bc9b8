import { z } from 'zod';

const prechatField = z.enum(['hidden', 'optional', 'required']);

/** PATCH-style: every field is optional; what is sent replaces what is stored. */
export const updateSettingsSchema = z
  .object({
    routingMode: z.enum(['broadcast', 'assigned']).optional(),
    chatLimit: z.number().int().min(0).max(20).optional(),
    reassignmentTimeoutSeconds: z.number().int().min(1).max(3600).optional(),
    widget: z
      .object({
        color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Give the colour as #rrggbb.').optional(),
        greeting: z.string().trim().min(1).max(500).optional(),
        offlineGreeting: z.string().trim().min(1).max(500).optional(),
        prechat: z.object({ name: prechatField.optional(), email: prechatField.optional(), phone: prechatField.optional() }).strict().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type UpdateSettingsInput = z.input<typeof updateSettingsSchema>;

import { z } from 'zod';

const isoDate = z
  .string()
  .trim()
  .refine((v) => !Number.isNaN(Date.parse(v)), 'Use a date such as 2026-05-01 or 2026-05-01T09:00:00Z.')
  .transform((v) => new Date(v).toISOString());

/** Filters of the read audit list and its CSV export (B-1). */
export const auditFilterSchema = z
  .object({
    agentId: z.coerce.number().int().positive().optional(),
    recordType: z.enum(['lead', 'contact', 'deal']).optional(),
    recordId: z.coerce.number().int().positive().optional(),
    chatId: z.string().trim().min(1).max(64).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();

export const auditListSchema = auditFilterSchema
  .extend({
    /** The `nextCursor` of the previous page. */
    cursor: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export type AuditFilterInput = z.input<typeof auditFilterSchema>;
export type AuditListInput = z.input<typeof auditListSchema>;

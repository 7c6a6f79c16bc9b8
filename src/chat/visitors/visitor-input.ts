import { z } from 'zod';

/** A detail the visitor may give or clear: undefined leaves it, '' (or null) clears it. */
const clearable = (field: z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .pipe(z.union([z.literal(''), field]))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const visitorDetailsSchema = z
  .object({
    name: clearable(z.string().max(255, 'Use at most 255 characters.')),
    email: clearable(z.email('Enter a valid email address.').max(254)),
    phone: clearable(z.string().max(25, 'Use at most 25 characters.').regex(/^\+?[\d\s().-]+$/, 'Enter a phone number: digits, spaces and + ( ) - . only.')),
  })
  .strict();

export const pageSchema = z
  .object({
    url: z.url('Send the page address as a full URL.').max(2000),
    title: z.string().max(500).optional(),
  })
  .strict();

export type PageInput = z.input<typeof pageSchema>;

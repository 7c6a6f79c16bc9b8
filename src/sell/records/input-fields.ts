import { z } from 'zod';

/** Ids arrive as numbers from most clients and as digit strings from some. */
export const idInput = z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v), z.number().int().positive());

export const shortText = z.string().trim().max(255, 'Use at most 255 characters.');
export const longText = z.string().max(100_000, 'Use at most 100,000 characters.');

/** A blank string is stored as null, so "no value" has one form. */
export const optionalText = (schema: z.ZodString = shortText) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable());

/** Booleans as JSON booleans or as the strings clients send ("True", "false"). */
export const boolInput = z.preprocess((v) => (typeof v === 'string' && /^(true|false)$/i.test(v) ? v.toLowerCase() === 'true' : v), z.boolean());

export const emailInput = optionalText(z.string().trim().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter a valid email address.'));

export const tagsInput = z.array(z.string().trim().min(1).max(100)).max(100).nullable();
export const customFieldsInput = z.record(z.string(), z.unknown()).nullable();

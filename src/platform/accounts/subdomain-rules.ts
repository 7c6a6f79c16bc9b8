import { z } from 'zod';

/** Names that would clash with the install itself or confuse people. */
const RESERVED = new Set(['www', 'api', 'admin', 'app', 'static', 'assets', 'mail', 'localhost']);

export const subdomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Use at least 2 characters.')
  .max(40, 'Use at most 40 characters.')
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'Use lowercase letters, digits and hyphens; start and end with a letter or digit.')
  .refine((s) => !RESERVED.has(s), 'This subdomain is reserved. Choose another.');

import { z } from 'zod';
import { normalizeDecimal } from '../records/money.ts';

/** A signed decimal with at most two decimals ("-10", "2.5", 5), in the canonical form money uses. */
export const signedDecimalInput = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  const text = (typeof raw === 'number' ? String(raw) : raw).trim();
  const negative = text.startsWith('-');
  const normalized = normalizeDecimal(negative || text.startsWith('+') ? text.slice(1) : text);
  if (normalized === null) {
    ctx.addIssue({ code: 'custom', message: 'Enter a percentage such as 5, -10 or 2.5, with at most two decimals.' });
    return z.NEVER;
  }
  return negative && normalized !== '0' ? `-${normalized}` : normalized;
});

import { z } from 'zod';

const DECIMAL = /^(\d{1,15})(?:\.(\d+))?$/;
const AMOUNT_HINT = 'Enter an amount of zero or more, such as 1000 or 1000.50, with at most two decimals.';

/**
 * Money as a canonical decimal string ("1000.50" → "1000.5", "0012" → "12"), read from the text
 * itself so no binary float ever rounds it; null when it is not an amount with at most two decimals.
 */
export function normalizeDecimal(text: string): string | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return null;
  return fraction ? `${whole}.${fraction}` : whole;
}

/** Amounts as clients send them: a JSON number (Java) or a string ("1000", "1000.0": Python, Ruby, PHP). */
export const decimalInput = z.union([z.number(), z.string()]).transform((raw, ctx) => {
  const normalized = normalizeDecimal(typeof raw === 'number' ? String(raw) : raw);
  if (normalized === null) {
    ctx.addIssue({ code: 'custom', message: AMOUNT_HINT });
    return z.NEVER;
  }
  return normalized;
});

const currencies = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code, in any letter case. */
export const currencyInput = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => currencies.has(code), 'Use an ISO 4217 currency code such as USD or EUR.');

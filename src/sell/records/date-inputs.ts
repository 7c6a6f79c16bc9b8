import { z } from 'zod';

const DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/;

/** A blank string means "no value", as for text fields. */
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** ISO-8601 text to our stored UTC form; a time without an offset is UTC (never the server's zone). */
function readTimestamp(raw: string): string | null {
  const m = TIMESTAMP.exec(raw.trim());
  if (!m) return null;
  const t = Date.parse(`${m[1]}T${m[2] ?? '00:00'}${(m[3] ?? 'Z').toUpperCase()}`);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

const blankIsNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A calendar date, YYYY-MM-DD; a full timestamp counts as its date part (Java sends dates as date-times). */
export const dateInput = z.preprocess(
  blankIsNull,
  z
    .string()
    .transform((raw, ctx) => {
      const date = DATE.exec(raw.trim())?.[1];
      if (!date || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
        ctx.addIssue({ code: 'custom', message: 'Enter a date as YYYY-MM-DD.' });
        return z.NEVER;
      }
      return date;
    })
    .nullable(),
);

/** A point in time, ISO-8601 with any offset, stored in our UTC form. */
export const timestampInput = z.preprocess(
  blankIsNull,
  z
    .string()
    .transform((raw, ctx) => {
      const iso = readTimestamp(raw);
      if (iso === null) {
        ctx.addIssue({ code: 'custom', message: 'Enter a date and time such as 2024-05-01T09:30:00Z.' });
        return z.NEVER;
      }
      return iso;
    })
    .nullable(),
);

/** A whole number in a range, sent as a number or as digits. */
export const wholeNumberInput = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v),
    z.number().int(`Enter a whole number from ${min} to ${max}.`).min(min, `Enter a whole number from ${min} to ${max}.`).max(max, `Enter a whole number from ${min} to ${max}.`),
  );

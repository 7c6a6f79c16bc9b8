import { z } from 'zod';

export const addressKeys = ['line1', 'city', 'postal_code', 'state', 'country'] as const;
export type Address = Record<(typeof addressKeys)[number], string | null>;

const part = z.string().trim().max(255).nullable().optional();
export const addressSchema = z
  .object({ line1: part, city: part, postal_code: part, state: part, country: part })
  .strip()
  .nullable();

/** Always a full object on output, as clients expect; null parts for what is unknown. */
export function readAddress(text: string | null): Address {
  const stored = text ? (JSON.parse(text) as Partial<Address>) : {};
  return { line1: stored.line1 ?? null, city: stored.city ?? null, postal_code: stored.postal_code ?? null, state: stored.state ?? null, country: stored.country ?? null };
}

/** Merges the parts sent into the stored address (a PUT changes only what it sends). */
export function writeAddress(current: string | null, input: z.infer<typeof addressSchema> | undefined): string | null {
  if (input === undefined) return current;
  if (input === null) return null;
  const merged = { ...readAddress(current), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  return Object.values(merged).some((v) => v) ? JSON.stringify(merged) : null;
}

import { z } from 'zod';

/** The scopes of the Sell API (and every token): read, write, profile (account and users), sync. */
export const scopes = ['read', 'write', 'profile', 'sync'] as const;
export type Scope = (typeof scopes)[number];
export const scopeSchema = z.enum(scopes);

export function parseScopes(text: string): Scope[] {
  return text.split(/\s+/).filter((s): s is Scope => (scopes as readonly string[]).includes(s));
}

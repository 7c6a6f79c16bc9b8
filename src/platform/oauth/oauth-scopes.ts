import { scopes, type Scope } from '../tokens/scopes.ts';

/** What an app gets when its authorization request names no scope (RFC 6749 §3.3 lets us choose). */
export const DEFAULT_SCOPES: Scope[] = ['read'];

/** The requested scopes in canonical order, the default when none; null when one is unknown. */
export function requestedScopes(requested: string[] | undefined): Scope[] | null {
  const list = requested?.filter(Boolean) ?? [];
  if (list.length === 0) return DEFAULT_SCOPES;
  if (!list.every((s) => (scopes as readonly string[]).includes(s))) return null;
  return scopes.filter((s) => list.includes(s));
}

export function splitScope(scope: string | undefined): string[] {
  return (scope ?? '').split(' ').filter(Boolean);
}

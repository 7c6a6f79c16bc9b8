import type { AccessTokenRow } from './access-tokens.repo.ts';

export function toTokenView(t: AccessTokenRow) {
  return {
    id: t.id,
    name: t.name,
    hint: `…${t.token_hint}`,
    scopes: t.scopes.split(' '),
    createdAt: t.created_at,
    lastUsedAt: t.last_used_at,
  };
}

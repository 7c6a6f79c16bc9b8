import type { listActiveGrantsOfUser } from './oauth-grants.repo.ts';

type GrantListRow = Awaited<ReturnType<typeof listActiveGrantsOfUser>>[number];

/** An authorized app as its user sees it in Sell settings. */
export function toGrantView(row: GrantListRow) {
  const used = [row.last_used_at, row.token_last_used_at].filter((t): t is string => Boolean(t)).sort();
  return {
    id: row.id,
    appName: row.client_name,
    scopes: row.scopes.split(' '),
    createdAt: row.created_at,
    lastUsedAt: used.at(-1) ?? null,
  };
}

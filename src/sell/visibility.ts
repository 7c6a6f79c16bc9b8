import type { UserRow } from '../platform/identity/users.repo.ts';
import type { SellExecutor } from './sell-tables.ts';

/** Whose records a user sees: everything, or the records owned by these users. */
export type Visibility = { all: true } | { all: false; ownerIds: number[] };

/**
 * Admins and full-access users see everything; everyone else sees records they own and records owned
 * by anyone below them in the manager hierarchy. A user without a Sell seat sees nothing.
 */
export async function visibilityFor(db: SellExecutor, user: UserRow): Promise<Visibility> {
  if (user.sell_role === 'admin' || user.sell_full_access === 1) return { all: true };
  if (user.sell_role === 'none') return { all: false, ownerIds: [] };
  const users = await db.selectFrom('users').select(['id', 'reports_to_id']).where('account_id', '=', user.account_id).execute();
  const reportsOf = new Map<number, number[]>();
  for (const u of users) {
    if (u.reports_to_id === null) continue;
    reportsOf.set(u.reports_to_id, [...(reportsOf.get(u.reports_to_id) ?? []), u.id]);
  }
  const seen = new Set<number>([user.id]);
  const queue = [user.id];
  while (queue.length > 0) {
    for (const report of reportsOf.get(queue.shift()!) ?? []) {
      if (!seen.has(report)) {
        seen.add(report);
        queue.push(report);
      }
    }
  }
  return { all: false, ownerIds: [...seen] };
}

export function canSee(visibility: Visibility, ownerId: number | null): boolean {
  return visibility.all || (ownerId !== null && visibility.ownerIds.includes(ownerId));
}

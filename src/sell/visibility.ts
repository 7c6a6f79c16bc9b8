import { usersVersion, type UserRow } from '../platform/identity/users.repo.ts';
import { TtlCache } from '../platform/ttl-cache.ts';
import type { SellExecutor } from './sell-tables.ts';

/** Whose records a user sees: everything, or the records owned by (or shared with) these users. */
export type Visibility = { all: true } | { all: false; ownerIds: number[] };

/** A user's team as computed from the hierarchy; refreshed when the account's users change here, or in 5 s. */
const teams = new TtlCache<string, Visibility>(5_000);

/**
 * Admins and full-access users see everything; everyone else sees records they own and records owned
 * by anyone below them in the manager hierarchy. A user without a Sell seat sees nothing.
 */
export async function visibilityFor(db: SellExecutor, user: UserRow): Promise<Visibility> {
  if (user.sell_role === 'admin' || user.sell_full_access === 1) return { all: true };
  if (user.sell_role === 'none') return { all: false, ownerIds: [] };
  const key = `${user.account_id}:${user.id}:${usersVersion(user.account_id)}`;
  const cached = teams.get(key);
  if (cached) return cached;
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
  const visibility: Visibility = { all: false, ownerIds: [...seen] };
  teams.set(key, visibility);
  return visibility;
}

/** Whether what this user owns is in view (for a lead, contact or deal, see `seesRecord`: collaborators count too). */
export function canSee(visibility: Visibility, ownerId: number | null): boolean {
  return visibility.all || (ownerId !== null && visibility.ownerIds.includes(ownerId));
}

/**
 * A lead, contact or deal is in view when its owner is, or one of its collaborators: a collaborator is
 * a secondary owner (Zendesk's meaning), so they and their managers see the record as its owner does.
 */
export function seesRecord(visibility: Visibility, ownerId: number | null, collaboratorIds: readonly number[]): boolean {
  return canSee(visibility, ownerId) || collaboratorIds.some((id) => canSee(visibility, id));
}

/** The users whose records are in view, for an SQL `in` list (never empty). */
export function teamIds(visibility: { ownerIds: number[] }): number[] {
  return visibility.ownerIds.length ? visibility.ownerIds : [-1];
}

import type { User } from '../ui/types';

/** Ids of everyone who reports to `userId`, directly or not. */
export function reportsOf(users: readonly User[], userId: number): Set<number> {
  const found = new Set<number>();
  const queue = [userId];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const user of users) {
      if (user.reportsToId === current && !found.has(user.id) && user.id !== userId) {
        found.add(user.id);
        queue.push(user.id);
      }
    }
  }
  return found;
}

/**
 * Who may be someone's manager: active Sell users, not the person themselves
 * and not anyone below them (that would make a loop).
 */
export function managerCandidates(users: readonly User[], forUserId: number | null): User[] {
  const below = forUserId === null ? new Set<number>() : reportsOf(users, forUserId);
  return users
    .filter((user) => user.active && user.sellRole !== 'none' && user.id !== forUserId && !below.has(user.id))
    .sort((a, b) => a.name.localeCompare(b.name));
}

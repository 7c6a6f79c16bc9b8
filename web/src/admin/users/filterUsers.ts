import type { User } from '../../ui/types';

/** Active people first, then by name; the search matches name or email. */
export function filterUsers(users: readonly User[], search: string): User[] {
  const needle = search.trim().toLowerCase();
  return users
    .filter((user) => !needle || user.name.toLowerCase().includes(needle) || user.email.toLowerCase().includes(needle))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
}

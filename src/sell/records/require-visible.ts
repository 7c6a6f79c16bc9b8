import { notFound } from '../../platform/http/app-error.ts';
import { canSee, type Visibility } from '../visibility.ts';

/** A record the actor may see; a missing one, another account's and one they may not see are the same 404. */
export function requireVisible<T extends { owner_id: number | null }>(visibility: Visibility, row: T | undefined, what: string): T {
  if (!row || !canSee(visibility, row.owner_id)) throw notFound(what);
  return row;
}

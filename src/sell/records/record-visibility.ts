import { notFound } from '../../platform/http/app-error.ts';
import { hasCollaboratorAmong } from '../collaborations/collaborations.repo.ts';
import type { SellContext } from '../sell-context.ts';
import type { ResourceType } from '../sell-tables.ts';
import { canSee, teamIds } from '../visibility.ts';

type Owned = { id: number; owner_id: number | null };

/** Whether the actor sees a stored lead, contact or deal: its owner is in view, or else one of its collaborators. */
export async function canSeeRecord(ctx: SellContext, resourceType: ResourceType, row: Owned): Promise<boolean> {
  if (canSee(ctx.visibility, row.owner_id)) return true;
  return !ctx.visibility.all && hasCollaboratorAmong(ctx.sell, ctx.account.id, resourceType, row.id, teamIds(ctx.visibility));
}

/** A record the actor may see; a missing one, another account's and one they may not see are the same 404. */
export async function requireVisibleRecord<T extends Owned>(ctx: SellContext, resourceType: ResourceType, row: T | undefined, what: string): Promise<T> {
  if (!row || !(await canSeeRecord(ctx, resourceType, row))) throw notFound(what);
  return row;
}

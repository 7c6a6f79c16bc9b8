import { notFound } from '../../platform/http/app-error.ts';
import { requireAttachedVisible } from '../activities/attached-visible.ts';
import type { SellContext } from '../sell-context.ts';
import { findCollaboration } from './collaborations.repo.ts';

/** A collaboration is seen with its record. */
export async function loadVisibleCollaboration(ctx: SellContext, id: number) {
  const collaboration = await findCollaboration(ctx.sell, ctx.account.id, id);
  if (!collaboration) throw notFound('That collaboration');
  await requireAttachedVisible(ctx, collaboration.resource_type, collaboration.resource_id, 'That collaboration');
  return collaboration;
}

import { notFound } from '../../platform/http/app-error.ts';
import { requireAttachedVisible } from '../activities/attached-visible.ts';
import type { SellContext } from '../sell-context.ts';
import { canSee } from '../visibility.ts';
import { findCall } from './calls.repo.ts';

/** A call on a lead or contact is seen with its record; a call on none with the user who made it. */
export async function loadVisibleCall(ctx: SellContext, id: number) {
  const call = await findCall(ctx.sell, ctx.account.id, id);
  if (!call) throw notFound('That call');
  if (call.resource_type && call.resource_id !== null) await requireAttachedVisible(ctx, call.resource_type, call.resource_id, 'That call');
  else if (!canSee(ctx.visibility, call.user_id)) throw notFound('That call');
  return call;
}

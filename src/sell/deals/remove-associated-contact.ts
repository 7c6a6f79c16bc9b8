import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { sellContext } from '../sell-context.ts';
import { deleteAssociatedContact } from './associated-contacts.repo.ts';
import { loadVisibleDeal } from './load-visible-deal.ts';

/** Takes a contact off a deal the actor sees; the contact itself stays. */
export async function removeAssociatedContact(opCtx: OpContext, dealId: number, contactId: number) {
  const ctx = await sellContext(opCtx);
  await loadVisibleDeal(ctx, dealId);
  const result = await deleteAssociatedContact(ctx.sell, ctx.account.id, dealId, contactId);
  if (Number(result.numDeletedRows) === 0) throw notFound('That contact on this deal');
}

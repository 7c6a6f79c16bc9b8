import { z } from 'zod';
import type { OpContext } from '../../platform/context.ts';
import { invalid } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import { listLeadStatuses } from './lead-statuses.repo.ts';

const orderSchema = z.object({ ids: z.array(z.number().int().positive()) });

/** Puts every status in the order given; the list must name each status exactly once. */
export async function reorderLeadStatuses(opCtx: OpContext, raw: unknown) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'change lead statuses');
  const { ids } = orderSchema.parse(raw);
  const statuses = await listLeadStatuses(ctx.sell, ctx.account.id);
  const known = new Set(statuses.map((s) => s.id));
  if (ids.length !== statuses.length || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
    throw invalid('ids', 'Send every lead status id exactly once, in the new order.');
  }
  await ctx.sell.transaction().execute(async (trx) => {
    for (const [position, id] of ids.entries()) await trx.updateTable('sell_lead_statuses').set({ position }).where('id', '=', id).execute();
  });
  return listLeadStatuses(ctx.sell, ctx.account.id);
}

import type { OpContext } from '../../platform/context.ts';
import { conflict, notFound } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import { listLeadStatuses } from './lead-statuses.repo.ts';

/** The default status stays (leads need one); leads with a deleted status keep its name as written. */
export async function deleteLeadStatus(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'change lead statuses');
  const statuses = await listLeadStatuses(ctx.sell, ctx.account.id);
  const status = statuses.find((s) => s.id === id);
  if (!status) throw notFound('That lead status');
  if (status.is_default) throw conflict('default_status', 'This is the default lead status. Make another status the default first.');
  await ctx.sell.transaction().execute(async (trx) => {
    await trx.deleteFrom('sell_lead_statuses').where('id', '=', id).execute();
    for (const [position, s] of statuses.filter((s) => s.id !== id).entries()) {
      await trx.updateTable('sell_lead_statuses').set({ position }).where('id', '=', s.id).execute();
    }
  });
}

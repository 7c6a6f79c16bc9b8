import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { invalid, notFound } from '../../platform/http/app-error.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import { leadStatusInputSchema } from './lead-status-input.ts';
import { listLeadStatuses } from './lead-statuses.repo.ts';
import { setDefaultStatus } from './set-default-status.ts';
import { statusNameTaken } from './status-name-taken.ts';

/** Renames (leads with the old name follow), marks as default, or moves a status. */
export async function updateLeadStatus(opCtx: OpContext, id: number, raw: unknown) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'change lead statuses');
  const input = leadStatusInputSchema.parse(raw);
  const statuses = await listLeadStatuses(ctx.sell, ctx.account.id);
  const current = statuses.find((s) => s.id === id);
  if (!current) throw notFound('That lead status');
  if (input.name && statuses.some((s) => s.id !== id && s.name_lower === input.name!.toLowerCase())) throw statusNameTaken(input.name);
  if (input.default === false && current.is_default) throw invalid('default', 'Mark another status as the default instead.');
  return ctx.sell.transaction().execute(async (trx) => {
    const now = nowIso();
    if (input.name && input.name !== current.name) {
      await trx.updateTable('sell_lead_statuses').set({ name: input.name, name_lower: input.name.toLowerCase(), updated_at: now }).where('id', '=', id).execute();
      await trx.updateTable('sell_leads').set({ status: input.name }).where('account_id', '=', ctx.account.id).where('status', '=', current.name).execute();
    }
    if (input.default) await setDefaultStatus(trx, ctx.account.id, id);
    if (input.position !== undefined) {
      const order = statuses.filter((s) => s.id !== id).map((s) => s.id);
      order.splice(Math.min(input.position, order.length), 0, id);
      for (const [position, statusId] of order.entries()) {
        await trx.updateTable('sell_lead_statuses').set({ position }).where('id', '=', statusId).execute();
      }
    }
    return trx.selectFrom('sell_lead_statuses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  });
}

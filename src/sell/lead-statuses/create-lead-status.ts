import type { OpContext } from '../../platform/context.ts';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { requireSellAdmin } from '../require-sell-admin.ts';
import { sellContext } from '../sell-context.ts';
import { leadStatusInputSchema } from './lead-status-input.ts';
import { listLeadStatuses } from './lead-statuses.repo.ts';
import { statusNameTaken } from './status-name-taken.ts';
import { setDefaultStatus } from './set-default-status.ts';

/** Adds a status at the end of the list (or where `position` says). */
export async function createLeadStatus(opCtx: OpContext, raw: unknown) {
  const ctx = await sellContext(opCtx);
  requireSellAdmin(ctx, 'change lead statuses');
  const input = leadStatusInputSchema.required({ name: true }).parse(raw);
  const statuses = await listLeadStatuses(ctx.sell, ctx.account.id);
  if (statuses.some((s) => s.name_lower === input.name.toLowerCase())) throw statusNameTaken(input.name);
  try {
    return await ctx.sell.transaction().execute(async (trx) => {
      const now = nowIso();
      const status = await trx
        .insertInto('sell_lead_statuses')
        .values({ account_id: ctx.account.id, name: input.name, name_lower: input.name.toLowerCase(), position: statuses.length, is_default: 0, created_at: now, updated_at: now })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (input.default) await setDefaultStatus(trx, ctx.account.id, status.id);
      return status;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw statusNameTaken(input.name);
    throw error;
  }
}

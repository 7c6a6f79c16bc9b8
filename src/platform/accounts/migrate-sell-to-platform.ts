import type { OpContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { appendEvent } from '../events/append-event.ts';
import { conflict } from '../http/app-error.ts';
import { requirePermission } from '../identity/guards.ts';
import { findAccountById, updateAccount } from './accounts.repo.ts';

/** a legacy standalone Sell account joins the platform. One way: there is no going back. */
export async function migrateSellToPlatform(ctx: OpContext) {
  requirePermission(ctx, 'manageSellSettings', 'Only a Sell admin can migrate Sell to the platform.');
  return inTransaction(ctx.db.kysely, async (trx) => {
    const current = await findAccountById(trx, ctx.account.id);
    if (current?.sell_kind === 'platform') {
      throw conflict('already_platform', 'This Sell account is already a platform account.');
    }
    const account = await updateAccount(trx, ctx.account.id, { sell_kind: 'platform', updated_at: nowIso() });
    await appendEvent(trx, ctx.account.id, 'account.sell_migrated', { accountId: ctx.account.id });
    return account;
  });
}

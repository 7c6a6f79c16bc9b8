import { conflict } from '../http/app-error.ts';
import type { Executor } from '../db/transaction.ts';

/** An account must keep at least one active Sell admin, or nobody could manage Sell again. */
export async function checkSellAdminRemains(db: Executor, accountId: number, losingUserId: number) {
  const others = await db
    .selectFrom('users')
    .select('id')
    .where('account_id', '=', accountId)
    .where('sell_role', '=', 'admin')
    .where('active', '=', 1)
    .where('id', '!=', losingUserId)
    .limit(1)
    .execute();
  if (others.length === 0) {
    throw conflict('last_sell_admin', 'This is the last active Sell admin. Make another user a Sell admin first.');
  }
}

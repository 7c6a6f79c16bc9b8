import { invalid } from '../../platform/http/app-error.ts';
import { findUserById } from '../../platform/identity/users.repo.ts';
import type { SellContext } from '../sell-context.ts';

/** A user named through `field` (who made a call, who collaborates) must be an active Sell user of the account. */
export async function checkSellUser(ctx: SellContext, field: string, id: number) {
  const user = await findUserById(ctx.db.kysely, ctx.account.id, id);
  if (!user || user.sell_role === 'none') throw invalid(field, `No Sell user with id ${id} in this account.`);
  if (!user.active) throw invalid(field, `${user.name} is deactivated; choose an active user.`);
}

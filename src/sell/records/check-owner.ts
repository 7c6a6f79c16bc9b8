import { invalid } from '../../platform/http/app-error.ts';
import type { SellExecutor } from '../sell-tables.ts';

/** A record's owner must be an active user of the account with a Sell seat. */
export async function checkOwner(db: SellExecutor, accountId: number, ownerId: number) {
  const owner = await db
    .selectFrom('users')
    .select(['id', 'name', 'active', 'sell_role'])
    .where('account_id', '=', accountId)
    .where('id', '=', ownerId)
    .executeTakeFirst();
  if (!owner) throw invalid('owner_id', 'Choose an owner from this account.');
  if (!owner.active) throw invalid('owner_id', `${owner.name} is deactivated; choose an active owner.`);
  if (owner.sell_role === 'none') throw invalid('owner_id', `${owner.name} has no Sell seat; choose a Sell user.`);
}

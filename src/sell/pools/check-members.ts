import { invalid } from '../../platform/http/app-error.ts';
import type { SellExecutor } from '../sell-tables.ts';

/** Pool members are users of this account with a Sell seat, each once. */
export async function checkMembers(db: SellExecutor, accountId: number, userIds: number[]) {
  if (new Set(userIds).size !== userIds.length) throw invalid('member_ids', 'List each member once.');
  if (userIds.length === 0) return;
  const users = await db.selectFrom('users').select(['id', 'name', 'sell_role']).where('account_id', '=', accountId).where('id', 'in', userIds).execute();
  for (const id of userIds) {
    const user = users.find((u) => u.id === id);
    if (!user) throw invalid('member_ids', `No user with id ${id} in this account.`);
    if (user.sell_role === 'none') throw invalid('member_ids', `${user.name} has no Sell seat, so cannot own records.`);
  }
}

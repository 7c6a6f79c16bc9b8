import type { OpContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { appendEvent } from '../events/append-event.ts';
import { invalid } from '../http/app-error.ts';
import { requirePermission } from '../identity/guards.ts';
import { findUserById } from '../identity/users.repo.ts';
import { updateAccountSchema, type UpdateAccountInput } from './account-input.ts';
import { updateAccount } from './accounts.repo.ts';

/** Account name (any admin), Chat plan and version (Chat owner or admin), topmost manager (Sell admin). */
export async function updateAccountSettings(ctx: OpContext, rawInput: UpdateAccountInput) {
  const input = updateAccountSchema.parse(rawInput);
  requirePermission(ctx, 'admin', 'Only an admin can change account settings.');
  if (input.chatPlan !== undefined || input.chatVersion !== undefined) {
    requirePermission(ctx, 'manageChatSettings', 'Only the Chat owner or a Chat admin can change the Chat plan or version.');
  }
  if (input.topmostManagerId !== undefined) {
    requirePermission(ctx, 'manageSellSettings', 'Only a Sell admin can choose the topmost manager.');
  }
  return inTransaction(ctx.db.kysely, async (trx) => {
    if (input.topmostManagerId) {
      const user = await findUserById(trx, ctx.account.id, input.topmostManagerId);
      if (!user) throw invalid('topmostManagerId', 'Choose a user of this account.');
      if (!user.active) throw invalid('topmostManagerId', `${user.name} is deactivated; choose an active user.`);
      if (user.sell_role === 'none') throw invalid('topmostManagerId', `${user.name} has no Sell role; choose a Sell user.`);
    }
    const account = await updateAccount(trx, ctx.account.id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.chatPlan !== undefined ? { chat_plan: input.chatPlan } : {}),
      ...(input.chatVersion !== undefined ? { chat_version: input.chatVersion } : {}),
      ...(input.topmostManagerId !== undefined ? { topmost_manager_id: input.topmostManagerId } : {}),
      updated_at: nowIso(),
    });
    await appendEvent(trx, ctx.account.id, 'account.updated', { accountId: ctx.account.id, changed: Object.keys(input) });
    return account;
  });
}

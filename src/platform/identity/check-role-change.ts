import { forbidden, invalid } from '../http/app-error.ts';
import type { OpContext } from '../context.ts';
import { can } from './guards.ts';
import type { UserRow } from './users.repo.ts';

type RoleFields = Pick<UserRow, 'sell_role' | 'sell_full_access' | 'reports_to_id' | 'chat_role' | 'support_role'>;

/**
 * Who may change which product role: Sell roles and the hierarchy by Sell admins, Chat roles
 * by the Chat owner or a Chat admin (ownership only by the owner), Support roles by Support admins.
 */
export function checkRoleChange(ctx: OpContext, before: RoleFields, after: RoleFields): void {
  const sellChanged =
    before.sell_role !== after.sell_role ||
    before.sell_full_access !== after.sell_full_access ||
    before.reports_to_id !== after.reports_to_id;
  if (sellChanged && !can(ctx, 'manageSellRoles')) {
    throw forbidden('Only a Sell admin can change Sell roles, full access or managers.');
  }
  if (before.chat_role !== after.chat_role) {
    if (!can(ctx, 'manageChatRoles')) throw forbidden('Only the Chat owner or a Chat admin can change Chat roles.');
    if (after.chat_role === 'owner' && ctx.actor && ctx.actor.chat_role !== 'owner') {
      throw forbidden('Only the Chat account owner can hand ownership to someone else.');
    }
    if (before.chat_role === 'owner') {
      throw invalid('chatRole', 'The Chat owner keeps the role until ownership is handed to another user.');
    }
  }
  if (before.support_role !== after.support_role && !can(ctx, 'manageSupportRoles')) {
    throw forbidden('Only a Support admin can change Support roles.');
  }
}

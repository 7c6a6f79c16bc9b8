import type { OpContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { appendEvent } from '../events/append-event.ts';
import { notFound } from '../http/app-error.ts';
import { checkManager } from './check-manager.ts';
import { checkRoleChange } from './check-role-change.ts';
import { checkSellAdminRemains } from './check-sell-admin-remains.ts';
import { emailTaken } from './email-taken.ts';
import { requirePermission } from './guards.ts';
import { forgetTokensOfUser } from '../tokens/access-tokens.repo.ts';
import { updateUserSchema, type UpdateUserInput } from './user-input.ts';
import { findChatOwner, findUserByEmail, findUserById, updateUser as writeUser, type UserRow } from './users.repo.ts';

/** Changes a user's details, product roles or manager, each under the rule of its product. */
export async function updateUser(ctx: OpContext, userId: number, rawInput: UpdateUserInput): Promise<UserRow> {
  requirePermission(ctx, 'admin', 'Only an admin can change users.');
  const input = updateUserSchema.parse(rawInput);
  try {
    return await inTransaction(ctx.db.kysely, async (trx) => {
      const before = await findUserById(trx, ctx.account.id, userId);
      if (!before) throw notFound('That user');
      const after: UserRow = {
        ...before,
        name: input.name ?? before.name,
        email: input.email ?? before.email,
        email_lower: (input.email ?? before.email).toLowerCase(),
        sell_role: input.sellRole ?? before.sell_role,
        sell_full_access: input.sellFullAccess === undefined ? before.sell_full_access : input.sellFullAccess ? 1 : 0,
        reports_to_id: input.reportsToId === undefined ? before.reports_to_id : input.reportsToId,
        chat_role: input.chatRole ?? before.chat_role,
        support_role: input.supportRole ?? before.support_role,
      };
      checkRoleChange(ctx, before, after);
      const changed = (Object.keys(after) as (keyof UserRow)[]).filter((k) => after[k] !== before[k]);
      if (changed.length === 0) return before;

      if (after.email_lower !== before.email_lower) {
        const holder = await findUserByEmail(trx, ctx.account.id, after.email);
        if (holder && holder.id !== userId) throw emailTaken();
      }
      if (after.reports_to_id !== before.reports_to_id) {
        await checkManager(trx, ctx.account.id, userId, after.reports_to_id);
      }
      if (before.sell_role === 'admin' && after.sell_role !== 'admin' && before.active) {
        await checkSellAdminRemains(trx, ctx.account.id, userId);
      }
      if (after.chat_role === 'owner' && before.chat_role !== 'owner') {
        // Handing ownership on: the previous owner stays a Chat admin (exactly one owner, A-12).
        const previousOwner = await findChatOwner(trx, ctx.account.id);
        if (previousOwner) {
          await writeUser(trx, ctx.account.id, previousOwner.id, { chat_role: 'admin', updated_at: nowIso() });
        }
      }
      const { id: _id, account_id: _account, created_at: _created, password_hash: _hash, ...values } = after;
      const user = await writeUser(trx, ctx.account.id, userId, { ...values, updated_at: nowIso() });
      forgetTokensOfUser(userId);
      await appendEvent(trx, ctx.account.id, 'user.updated', {
        userId,
        actorId: ctx.actor?.id ?? null,
        changed: changed.filter((k) => k !== 'email_lower'),
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

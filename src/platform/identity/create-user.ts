import type { OpContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { appendEvent } from '../events/append-event.ts';
import { invalid } from '../http/app-error.ts';
import { checkManager } from './check-manager.ts';
import { checkRoleChange } from './check-role-change.ts';
import { emailTaken } from './email-taken.ts';
import { requirePermission } from './guards.ts';
import { hashPassword } from './password.ts';
import { createUserSchema, type CreateUserInput } from './user-input.ts';
import { findUserByEmail, insertUser } from './users.repo.ts';

const NO_ROLES = { sell_role: 'none', sell_full_access: 0, reports_to_id: null, chat_role: 'none', support_role: 'none' } as const;

/** Adds a person to the account. The Chat owner is made at setup; ownership moves with update-user. */
export async function createUser(ctx: OpContext, rawInput: CreateUserInput) {
  requirePermission(ctx, 'admin', 'Only an admin can add users.');
  const input = createUserSchema.parse(rawInput);
  if (input.chatRole === 'owner' && ctx.actor !== null) {
    throw invalid('chatRole', 'An account has exactly one Chat owner: add the user, then hand ownership over.');
  }
  const roles = {
    sell_role: input.sellRole,
    sell_full_access: input.sellFullAccess ? 1 : 0,
    reports_to_id: input.reportsToId,
    chat_role: input.chatRole,
    support_role: input.supportRole,
  };
  checkRoleChange(ctx, NO_ROLES, roles);
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(ctx.db.kysely, async (trx) => {
      if (await findUserByEmail(trx, ctx.account.id, input.email)) throw emailTaken();
      await checkManager(trx, ctx.account.id, null, input.reportsToId);
      const now = nowIso();
      const user = await insertUser(trx, {
        account_id: ctx.account.id,
        email: input.email,
        email_lower: input.email.toLowerCase(),
        name: input.name,
        password_hash: passwordHash,
        ...roles,
        active: 1,
        locale: input.locale,
        created_at: now,
        updated_at: now,
      });
      await appendEvent(trx, ctx.account.id, 'user.created', { userId: user.id, actorId: ctx.actor?.id ?? null });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

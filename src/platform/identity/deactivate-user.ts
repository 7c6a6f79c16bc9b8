import type { OpContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { appendEvent } from '../events/append-event.ts';
import { conflict, notFound } from '../http/app-error.ts';
import { checkSellAdminRemains } from './check-sell-admin-remains.ts';
import { requirePermission } from './guards.ts';
import { deleteSessionsOfUser } from './sessions.repo.ts';
import { forgetTokensOfUser } from '../tokens/access-tokens.repo.ts';
import { findUserById, updateUser } from './users.repo.ts';

/** Stops a user signing in and ends their sessions; their records and history stay. */
export async function deactivateUser(ctx: OpContext, userId: number) {
  requirePermission(ctx, 'admin', 'Only an admin can deactivate users.');
  return inTransaction(ctx.db.kysely, async (trx) => {
    const user = await findUserById(trx, ctx.account.id, userId);
    if (!user) throw notFound('That user');
    if (!user.active) return user;
    if (ctx.actor?.id === userId) throw conflict('cannot_deactivate_self', 'You cannot deactivate yourself. Ask another admin.');
    if (user.chat_role === 'owner') {
      throw conflict('cannot_deactivate_owner', 'The Chat account owner cannot be deactivated. Hand ownership to another user first.');
    }
    if (user.sell_role === 'admin') await checkSellAdminRemains(trx, ctx.account.id, userId);
    const updated = await updateUser(trx, ctx.account.id, userId, { active: 0, updated_at: nowIso() });
    await deleteSessionsOfUser(trx, userId);
    forgetTokensOfUser(userId);
    await appendEvent(trx, ctx.account.id, 'user.deactivated', { userId, actorId: ctx.actor?.id ?? null });
    return updated;
  });
}

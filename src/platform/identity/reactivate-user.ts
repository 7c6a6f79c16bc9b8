import type { OpContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { appendEvent } from '../events/append-event.ts';
import { notFound } from '../http/app-error.ts';
import { requirePermission } from './guards.ts';
import { forgetTokensOfUser } from '../tokens/access-tokens.repo.ts';
import { findUserById, updateUser } from './users.repo.ts';

export async function reactivateUser(ctx: OpContext, userId: number) {
  requirePermission(ctx, 'admin', 'Only an admin can reactivate users.');
  return inTransaction(ctx.db.kysely, async (trx) => {
    const user = await findUserById(trx, ctx.account.id, userId);
    if (!user) throw notFound('That user');
    if (user.active) return user;
    const updated = await updateUser(trx, ctx.account.id, userId, { active: 1, updated_at: nowIso() });
    forgetTokensOfUser(userId);
    await appendEvent(trx, ctx.account.id, 'user.reactivated', { userId, actorId: ctx.actor?.id ?? null });
    return updated;
  });
}

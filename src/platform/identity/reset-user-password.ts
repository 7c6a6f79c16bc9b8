import type { OpContext } from '../context.ts';
import { inTransaction } from '../db/transaction.ts';
import { nowIso } from '../db/time.ts';
import { appendEvent } from '../events/append-event.ts';
import { notFound } from '../http/app-error.ts';
import { requirePermission } from './guards.ts';
import { hashPassword } from './password.ts';
import { deleteSessionsOfUser } from './sessions.repo.ts';
import { forgetTokensOfUser } from '../tokens/access-tokens.repo.ts';
import { findUserById, updateUser } from './users.repo.ts';
import { passwordSchema } from './user-input.ts';

/** Sets a new password and signs the user out everywhere, so an old password's sessions end. */
export async function resetUserPassword(ctx: OpContext, userId: number, password: string) {
  requirePermission(ctx, 'admin', 'Only an admin can reset passwords.');
  const hash = await hashPassword(passwordSchema.parse(password));
  await inTransaction(ctx.db.kysely, async (trx) => {
    if (!(await findUserById(trx, ctx.account.id, userId))) throw notFound('That user');
    await updateUser(trx, ctx.account.id, userId, { password_hash: hash, updated_at: nowIso() });
    await deleteSessionsOfUser(trx, userId);
    forgetTokensOfUser(userId);
    await appendEvent(trx, ctx.account.id, 'user.password_reset', { userId, actorId: ctx.actor?.id ?? null });
  });
}

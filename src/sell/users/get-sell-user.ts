import type { OpContext } from '../../platform/context.ts';
import { notFound } from '../../platform/http/app-error.ts';
import { findUserById } from '../../platform/identity/users.repo.ts';
import { sellContext } from '../sell-context.ts';

export async function getSellUser(opCtx: OpContext, id: number) {
  const ctx = await sellContext(opCtx);
  const user = await findUserById(ctx.db.kysely, ctx.account.id, id);
  if (!user || user.sell_role === 'none') throw notFound('That user');
  return user;
}

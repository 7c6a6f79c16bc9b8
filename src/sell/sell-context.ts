import type { OpContext } from '../platform/context.ts';
import { AppError } from '../platform/http/app-error.ts';
import type { UserRow } from '../platform/identity/users.repo.ts';
import { sellDb, type SellDatabase } from './sell-tables.ts';
import type { Kysely } from 'kysely';
import { visibilityFor, type Visibility } from './visibility.ts';

/** An operation's context inside Sell: who acts, what they may see, Sell's view of the database. */
export type SellContext = OpContext & { actor: UserRow; sell: Kysely<SellDatabase>; visibility: Visibility };

export async function sellContext(ctx: OpContext): Promise<SellContext> {
  if (!ctx.actor) throw new AppError(401, 'unauthenticated', 'Sign in or send an access token.');
  if (ctx.actor.sell_role === 'none') {
    throw new AppError(403, 'forbidden', 'You have no Sell seat. Ask a Sell admin to give you a Sell role.');
  }
  const sell = sellDb(ctx.db);
  return { ...ctx, actor: ctx.actor, sell, visibility: await visibilityFor(sell, ctx.actor) };
}

export function isSellAdmin(ctx: SellContext): boolean {
  return ctx.actor.sell_role === 'admin';
}

import type { OpContext } from '../context.ts';
import { requireSignedIn } from '../identity/guards.ts';
import { toGrantView } from './grant-view.ts';
import { listActiveGrantsOfUser } from './oauth-grants.repo.ts';

/** The apps the signed-in user has authorized and not revoked. */
export async function listOwnGrants(ctx: OpContext) {
  const actor = requireSignedIn(ctx);
  return (await listActiveGrantsOfUser(ctx.db.kysely, ctx.account.id, actor.id)).map(toGrantView);
}

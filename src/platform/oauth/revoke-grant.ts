import type { OpContext } from '../context.ts';
import { nowIso } from '../db/time.ts';
import { inTransaction } from '../db/transaction.ts';
import { notFound } from '../http/app-error.ts';
import { requireSignedIn } from '../identity/guards.ts';
import { forgetTokens } from '../tokens/access-tokens.repo.ts';
import { revokeGrantRows } from './grant-revocation.ts';
import { findGrant } from './oauth-grants.repo.ts';

/** A user revokes an app's access (Sell settings > Authorized apps): its tokens fail from now on. */
export async function revokeGrant(ctx: OpContext, grantId: number): Promise<void> {
  const actor = requireSignedIn(ctx);
  const tokenIds = await inTransaction(ctx.db.kysely, async (trx) => {
    const grant = await findGrant(trx, ctx.account.id, grantId);
    if (!grant || grant.user_id !== actor.id || grant.revoked_at) throw notFound('That authorized app');
    return revokeGrantRows(trx, [grant.id], 'user', nowIso());
  });
  forgetTokens(tokenIds);
}

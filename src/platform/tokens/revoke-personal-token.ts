import type { OpContext } from '../context.ts';
import { nowIso } from '../db/time.ts';
import { notFound } from '../http/app-error.ts';
import { requireSignedIn } from '../identity/guards.ts';
import { findToken, revokeTokenRow } from './access-tokens.repo.ts';

/** Users revoke their own tokens; a revoked token answers 401 from then on. */
export async function revokePersonalToken(ctx: OpContext, tokenId: number) {
  const actor = requireSignedIn(ctx);
  const token = await findToken(ctx.db.kysely, ctx.account.id, tokenId);
  if (!token || token.user_id !== actor.id || token.kind !== 'personal' || token.revoked_at) throw notFound('That token');
  await revokeTokenRow(ctx.db.kysely, tokenId, nowIso());
}

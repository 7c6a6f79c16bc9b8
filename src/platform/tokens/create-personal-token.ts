import crypto from 'node:crypto';
import { z } from 'zod';
import type { OpContext } from '../context.ts';
import { nowIso } from '../db/time.ts';
import { requireSignedIn } from '../identity/guards.ts';
import { hashToken } from '../secrets.ts';
import { insertAccessToken } from './access-tokens.repo.ts';
import { scopeSchema } from './scopes.ts';

export const createPersonalTokenSchema = z.object({
  name: z.string().trim().min(1, 'Name the token so you can tell it apart later.').max(80),
  scopes: z.array(scopeSchema).min(1, 'Choose at least one scope.').default(['read', 'write', 'profile', 'sync']),
});

/**
 * A personal access token for the signed-in user (or, from the command line, the user named).
 * 64 hex characters, as the Sell client libraries insist; shown once, stored hashed.
 */
export async function createPersonalToken(ctx: OpContext, input: z.input<typeof createPersonalTokenSchema>, forUserId?: number) {
  const { name, scopes } = createPersonalTokenSchema.parse(input);
  const userId = forUserId ?? requireSignedIn(ctx).id;
  const token = crypto.randomBytes(32).toString('hex');
  const row = await insertAccessToken(ctx.db.kysely, {
    account_id: ctx.account.id,
    user_id: userId,
    kind: 'personal',
    name,
    token_hash: hashToken(token),
    token_hint: token.slice(-4),
    scopes: scopes.join(' '),
    client_id: null,
    created_at: nowIso(),
    last_used_at: null,
    expires_at: null,
    revoked_at: null,
  });
  return { token, row };
}

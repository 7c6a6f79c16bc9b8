import type { OpContext } from '../context.ts';
import { requireSignedIn } from '../identity/guards.ts';
import { checkAuthorizationRequest, type AuthorizationParams } from './authorization-request.ts';

/**
 * What the Authorize application dialog shows: the app, the account, the signed-in user and the
 * scopes asked for — or, for a request the client must hear about, where to send the browser.
 */
export async function describeAuthorization(ctx: OpContext, params: AuthorizationParams) {
  const actor = requireSignedIn(ctx);
  const checked = await checkAuthorizationRequest(ctx.db.kysely, ctx.account.id, params);
  if (!checked.ok) return { redirect_to: checked.redirectTo };
  return {
    client: { name: checked.client.name },
    account: { name: ctx.account.name, subdomain: ctx.account.subdomain },
    user: { name: actor.name, email: actor.email },
    scopes: checked.scopes,
  };
}

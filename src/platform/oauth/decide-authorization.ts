import OAuth2Server from '@node-oauth/oauth2-server';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { OpContext } from '../context.ts';
import { AppError } from '../http/app-error.ts';
import { requireSignedIn } from '../identity/guards.ts';
import { authorizationParamsSchema, checkAuthorizationRequest, errorRedirect } from './authorization-request.ts';
import { authorizationServer } from './authorization-server.ts';
import { oauthModel } from './oauth-model.ts';

export const authorizationDecisionSchema = authorizationParamsSchema.extend({
  decision: z.enum(['authorize', 'cancel']),
});

/**
 * The user's answer in the dialog. Authorize records the grant and issues a 60-second code; either
 * way the answer is where to send the browser: the redirect URI with code and state, or with
 * error=access_denied.
 */
export async function decideAuthorization(ctx: OpContext, config: Config, input: z.infer<typeof authorizationDecisionSchema>) {
  const actor = requireSignedIn(ctx);
  const { decision, ...params } = input;
  const checked = await checkAuthorizationRequest(ctx.db.kysely, ctx.account.id, params);
  if (!checked.ok) return { redirect_to: checked.redirectTo };
  if (decision === 'cancel') {
    return { redirect_to: errorRedirect(checked.redirectUri, 'access_denied', 'The user declined to authorize the application', params.state) };
  }

  const model = oauthModel({ db: ctx.db, accountId: ctx.account.id, authenticateClients: false });
  const request = new OAuth2Server.Request({ method: 'POST', headers: {}, query: {}, body: { ...params, scope: checked.scopes.join(' ') } });
  const response = new OAuth2Server.Response();
  try {
    await authorizationServer(model, config).authorize(request, response, { authenticateHandler: { handle: () => actor } });
  } catch (error) {
    // Our own failures (wrapped as server_error by the library) go to the log and a 500, not to the app.
    if (!(error instanceof OAuth2Server.OAuthError) || error instanceof OAuth2Server.ServerError) throw error;
    if (!response.get('location')) throw new AppError(400, error.name, error.message);
  }
  return { redirect_to: String(response.get('location')) };
}

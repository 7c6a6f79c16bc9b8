import OAuth2Server from '@node-oauth/oauth2-server';
import type { Config } from '../../config.ts';
import type { Db } from '../db/connect.ts';
import { authorizationServer } from './authorization-server.ts';
import { withDecodedBasicCredentials } from './client-credentials.ts';
import { oauthErrorAnswer, type OAuthHttpAnswer, type OAuthHttpRequest } from './oauth-http.ts';
import { oauthModel } from './oauth-model.ts';

/**
 * The token endpoint (RFC 6749 §3.2): an authorization code (with its PKCE verifier) or a refresh
 * token for a new token pair; the refresh token used is spent. Failures answer in RFC 6749 form.
 */
export async function exchangeToken(db: Db, accountId: number, config: Config, request: OAuthHttpRequest): Promise<OAuthHttpAnswer> {
  const model = oauthModel({ db, accountId, authenticateClients: true, tokenRequest: request.body });
  const response = new OAuth2Server.Response();
  try {
    await authorizationServer(model, config).token(new OAuth2Server.Request({ ...request, headers: withDecodedBasicCredentials(request.headers) }), response);
  } catch (error) {
    const status = error instanceof OAuth2Server.OAuthError ? error.code : 500;
    // The library has written RFC errors into the response; what went wrong on our side stays in the log.
    if (status >= 500) return { ...oauthErrorAnswer(500, 'server_error', 'Something went wrong on our side. Try again later.'), cause: error };
  }
  return { status: response.status ?? 200, headers: response.headers ?? {}, body: response.body };
}

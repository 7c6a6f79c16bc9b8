import type { Db } from '../db/connect.ts';
import { nowIso } from '../db/time.ts';
import { inTransaction } from '../db/transaction.ts';
import { hashToken } from '../secrets.ts';
import { findTokenByHash, forgetTokens, revokeTokenRows } from '../tokens/access-tokens.repo.ts';
import { clientCredentials } from './client-credentials.ts';
import { revokeAuthorizationTokens } from './grant-revocation.ts';
import { oauthErrorAnswer, type OAuthHttpAnswer, type OAuthHttpRequest } from './oauth-http.ts';
import { oauthModel } from './oauth-model.ts';
import { findRefreshTokenByHash } from './oauth-refresh-tokens.repo.ts';

/**
 * Token revocation (RFC 7009): the client that holds a token ends it. An access token ends alone; a
 * refresh token ends with every token of the same authorization. Unknown tokens, and tokens of other
 * clients, answer 200 and change nothing (§2.2).
 */
export async function revokeOAuthToken(db: Db, accountId: number, request: OAuthHttpRequest): Promise<OAuthHttpAnswer> {
  const credentials = clientCredentials(request.headers, request.body);
  const model = oauthModel({ db, accountId, authenticateClients: true });
  const client = credentials.clientId ? await model.getClient(credentials.clientId, credentials.clientSecret ?? '') : false;
  if (!client) {
    return oauthErrorAnswer(401, 'invalid_client', 'Invalid client: client is invalid or its credentials are wrong', credentials.viaBasic ? { 'www-authenticate': 'Basic realm="Service"' } : {});
  }
  const token = request.body.token;
  if (!token) return oauthErrorAnswer(400, 'invalid_request', 'Missing parameter: `token`');

  const tokenHash = hashToken(token);
  const tokenIds = await inTransaction(db.kysely, async (trx) => {
    const at = nowIso();
    // token_type_hint only says where to look first (§2.1); both kinds are looked up either way.
    const access = await findTokenByHash(trx, tokenHash);
    if (access && access.token_kind === 'oauth' && access.token_account_id === accountId && access.token_client_id === client.id) {
      return revokeTokenRows(trx, { ids: [access.token_id] }, at);
    }
    const refresh = await findRefreshTokenByHash(trx, accountId, tokenHash);
    if (refresh && refresh.client_id === client.id) return revokeAuthorizationTokens(trx, refresh.code_id, at);
    return [];
  });
  forgetTokens(tokenIds);
  return { status: 200, headers: { 'cache-control': 'no-store' }, body: '' };
}

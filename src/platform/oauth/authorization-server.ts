import OAuth2Server from '@node-oauth/oauth2-server';
import type { Config } from '../../config.ts';
import type { OAuthModel } from './oauth-model.ts';

/** Authorization codes live 60 seconds and are single-use. */
export const CODE_LIFETIME_SECONDS = 60;

/** The protocol engine over our model, with the lifetimes from the config. */
export function authorizationServer(model: OAuthModel, config: Config) {
  return new OAuth2Server({
    model,
    accessTokenLifetime: config.oauthAccessTokenTtlSeconds,
    refreshTokenLifetime: config.oauthRefreshTokenTtlDays * 24 * 3600,
    authorizationCodeLifetime: CODE_LIFETIME_SECONDS,
    // state is the client's business; when it sends one, it comes back unchanged.
    allowEmptyState: true,
    // The model decides who must authenticate: confidential clients always, public ones (PKCE) never.
    requireClientAuthentication: { authorization_code: false, refresh_token: false },
    alwaysIssueNewRefreshToken: true,
  });
}

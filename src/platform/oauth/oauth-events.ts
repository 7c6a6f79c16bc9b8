/** Why a grant ended: the user revoked it, its client was removed (an app uninstalled), or a stolen refresh token was detected. */
export type GrantRevokeReason = 'user' | 'client' | 'refresh_token_reused';

declare module '../events/catalogue.ts' {
  interface EventCatalogue {
    'oauth.grant_created': { grantId: number; userId: number; clientId: string };
    'oauth.grant_revoked': { grantId: number; userId: number; clientId: string; reason: GrantRevokeReason };
  }
}

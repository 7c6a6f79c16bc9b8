import type { OAuthClientRow } from './oauth-clients.repo.ts';

/** An OAuth client as other code sees it: never its secret or the secret's hash. */
export type OAuthClient = {
  clientId: string;
  accountId: number;
  name: string;
  redirectUris: string[];
  /** Public clients have no secret and must use PKCE. */
  isPublic: boolean;
  createdAt: string;
};

export function toOAuthClient(row: OAuthClientRow): OAuthClient {
  return {
    clientId: row.client_id,
    accountId: row.account_id,
    name: row.name,
    redirectUris: JSON.parse(row.redirect_uris) as string[],
    isPublic: row.secret_hash === null,
    createdAt: row.created_at,
  };
}

import type { Generated } from 'kysely';

/** Flags are stored as 0/1 integers so SQLite and PostgreSQL read them alike. */
export type Flag = number;

export interface AccountsTable {
  id: Generated<number>;
  subdomain: string;
  name: string;
  is_default: Flag;
  sell_kind: 'platform' | 'legacy';
  chat_plan: 'lite' | 'team' | 'professional' | 'enterprise';
  chat_version: 'phase3' | 'phase4';
  topmost_manager_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  account_id: number;
  email: string;
  email_lower: string;
  name: string;
  password_hash: string;
  sell_role: 'none' | 'user' | 'admin';
  sell_full_access: Flag;
  reports_to_id: number | null;
  chat_role: 'none' | 'agent' | 'admin' | 'owner';
  support_role: 'none' | 'agent' | 'admin';
  active: Flag;
  locale: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie's token: a stolen database copy cannot be replayed as a cookie. */
  token_hash: string;
  account_id: number;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  user_agent: string | null;
}

export interface OutboxTable {
  id: Generated<number>;
  account_id: number;
  type: string;
  payload: string;
  created_at: string;
  dispatched_at: string | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface EventDeliveriesTable {
  event_id: number;
  handler: string;
  delivered_at: string;
}

export interface AccessTokensTable {
  id: Generated<number>;
  account_id: number;
  user_id: number;
  kind: 'personal' | 'oauth';
  name: string;
  /** sha256 of the token: the token itself is shown once and never stored. */
  token_hash: string;
  /** The last four characters, so people can tell their tokens apart. */
  token_hint: string;
  /** Space-separated, as OAuth writes them: read write profile sync. */
  scopes: string;
  client_id: string | null;
  created_at: string;
  last_used_at: string | null;
  expires_at: string | null;
  revoked_at: string | null;
  /** The OAuth grant an OAuth access token was issued under; null for personal tokens. */
  grant_id: number | null;
}

/** OAuth clients (apps), each usable only on its own account's host. */
export interface OAuthClientsTable {
  id: Generated<number>;
  account_id: number;
  /** The public identifier apps send as client_id. */
  client_id: string;
  name: string;
  /** sha256 of the secret; null for a public client (PKCE required). */
  secret_hash: string | null;
  /** JSON array of the exact redirect URIs allowed. */
  redirect_uris: string;
  created_at: string;
}

/** A user's consent to a client: what Sell settings lists as an authorized app. */
export interface OAuthGrantsTable {
  id: Generated<number>;
  account_id: number;
  user_id: number;
  oauth_client_id: number;
  scopes: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface OAuthCodesTable {
  id: Generated<number>;
  account_id: number;
  grant_id: number;
  code_hash: string;
  redirect_uri: string;
  scopes: string;
  code_challenge: string | null;
  code_challenge_method: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OAuthRefreshTokensTable {
  id: Generated<number>;
  account_id: number;
  grant_id: number;
  /** The authorization code this token descends from (through every rotation). */
  code_id: number;
  /** The access token issued together with this refresh token. */
  access_token_id: number;
  token_hash: string;
  scopes: string;
  created_at: string;
  expires_at: string;
  /** Set when it was exchanged for a new pair: using it again revokes the grant. */
  rotated_at: string | null;
  revoked_at: string | null;
}

export interface Database {
  accounts: AccountsTable;
  users: UsersTable;
  sessions: SessionsTable;
  outbox: OutboxTable;
  event_deliveries: EventDeliveriesTable;
  access_tokens: AccessTokensTable;
  oauth_clients: OAuthClientsTable;
  oauth_grants: OAuthGrantsTable;
  oauth_codes: OAuthCodesTable;
  oauth_refresh_tokens: OAuthRefreshTokensTable;
}

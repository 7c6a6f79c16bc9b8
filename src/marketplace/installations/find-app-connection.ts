import type { Db } from '../../platform/db/connect.ts';
import { marketplaceDb } from '../marketplace-tables.ts';

/** An app's installation as other server code needs it: does it run, and on whose OAuth grant. */
export type AppConnection =
  | { state: 'not_installed' }
  | { state: 'disabled'; installationId: number }
  | { state: 'needs_authorization'; installationId: number }
  | { state: 'active'; installationId: number; grant: { userId: number; scopes: string[] } | null };

/**
 * Whether an app of the account runs (S-23, O-9): installed and finished, enabled, and — for an app
 * with a sign-in step — holding a grant that was not revoked. `grant` names the user who authorized
 * it (the Sell–Chat integration acts as them under "All agents", S-13).
 */
export async function findAppConnection(db: Db, accountId: number, appId: string): Promise<AppConnection> {
  const mk = marketplaceDb(db);
  const row = await mk
    .selectFrom('marketplace_installations')
    .select(['id', 'enabled', 'status', 'activated_at', 'oauth_client_id'])
    .where('account_id', '=', accountId)
    .where('app_id', '=', appId)
    .executeTakeFirst();
  if (!row || row.activated_at === null) return { state: 'not_installed' };
  if (row.enabled !== 1) return { state: 'disabled', installationId: row.id };
  if (row.status !== 'active') return { state: 'needs_authorization', installationId: row.id };
  if (row.oauth_client_id === null) return { state: 'active', installationId: row.id, grant: null };
  const grant = await mk
    .selectFrom('oauth_grants')
    .innerJoin('oauth_clients', 'oauth_clients.id', 'oauth_grants.oauth_client_id')
    .select(['oauth_grants.user_id', 'oauth_grants.scopes'])
    .where('oauth_grants.account_id', '=', accountId)
    .where('oauth_clients.client_id', '=', row.oauth_client_id)
    .where('oauth_grants.revoked_at', 'is', null)
    .orderBy('oauth_grants.id', 'desc')
    .executeTakeFirst();
  if (!grant) return { state: 'needs_authorization', installationId: row.id };
  return { state: 'active', installationId: row.id, grant: { userId: grant.user_id, scopes: grant.scopes.split(' ').filter(Boolean) } };
}

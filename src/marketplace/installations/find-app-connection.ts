import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.ts';
import { reusableQuery } from '../../platform/db/reusable-query.ts';
import { marketplaceDb, type MarketplaceDatabase } from '../marketplace-tables.ts';

/** An app's installation as other server code needs it: does it run, and on whose OAuth grant. */
export type AppConnection =
  | { state: 'not_installed' }
  | { state: 'disabled'; installationId: number }
  | { state: 'needs_authorization'; installationId: number }
  | { state: 'active'; installationId: number; grant: { userId: number; scopes: string[] } | null };

/**
 * The installation with its newest unrevoked grant, in one statement compiled once: the Sell–Chat
 * integration asks for every card it shows.
 */
const connectionRow = reusableQuery((mk: Kysely<MarketplaceDatabase>, accountId: number, appId: string) =>
  mk
    .selectFrom('marketplace_installations as i')
    .leftJoin('oauth_clients as c', 'c.client_id', 'i.oauth_client_id')
    .leftJoin('oauth_grants as g', (join) => join.onRef('g.oauth_client_id', '=', 'c.id').on('g.account_id', '=', accountId).on('g.revoked_at', 'is', null))
    .select(['i.id', 'i.enabled', 'i.status', 'i.activated_at', 'i.oauth_client_id', 'g.user_id as grant_user_id', 'g.scopes as grant_scopes'])
    .where('i.account_id', '=', accountId)
    .where('i.app_id', '=', appId)
    .orderBy('g.id', 'desc')
    .limit(1),
);

/**
 * Whether an app of the account runs (S-23, O-9): installed and finished, enabled, and — for an app
 * with a sign-in step — holding a grant that was not revoked. `grant` names the user who authorized
 * it (the Sell–Chat integration acts as them under "All agents", S-13).
 */
export async function findAppConnection(db: Db, accountId: number, appId: string): Promise<AppConnection> {
  const row = (await connectionRow(marketplaceDb(db), accountId, appId)).rows[0];
  if (!row || row.activated_at === null) return { state: 'not_installed' };
  if (row.enabled !== 1) return { state: 'disabled', installationId: row.id };
  if (row.status !== 'active') return { state: 'needs_authorization', installationId: row.id };
  if (row.oauth_client_id === null) return { state: 'active', installationId: row.id, grant: null };
  if (row.grant_user_id === null || row.grant_scopes === null) return { state: 'needs_authorization', installationId: row.id };
  return { state: 'active', installationId: row.id, grant: { userId: row.grant_user_id, scopes: row.grant_scopes.split(' ').filter(Boolean) } };
}

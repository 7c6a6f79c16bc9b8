import type { MarketplaceExecutor } from '../marketplace-tables.ts';

type AppClientRow = { account_id: number; app_id: string; redirect_uri: string; client_id: string; created_at: string };

export function findAppClient(db: MarketplaceExecutor, accountId: number, appId: string, redirectUri: string) {
  return db
    .selectFrom('marketplace_oauth_clients')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('app_id', '=', appId)
    .where('redirect_uri', '=', redirectUri)
    .executeTakeFirst();
}

export function listAppClients(db: MarketplaceExecutor, accountId: number, appId: string) {
  return db.selectFrom('marketplace_oauth_clients').selectAll().where('account_id', '=', accountId).where('app_id', '=', appId).execute();
}

/**
 * Stores the mapping unless one exists. `replacing` names a stored client that no longer exists in the
 * OAuth server: only that one is overwritten, so of two registrations racing, the first stored wins.
 */
export async function insertAppClientIfMissing(db: MarketplaceExecutor, values: AppClientRow, replacing: string | undefined) {
  if (replacing !== undefined) {
    await db
      .updateTable('marketplace_oauth_clients')
      .set({ client_id: values.client_id, created_at: values.created_at })
      .where('account_id', '=', values.account_id)
      .where('app_id', '=', values.app_id)
      .where('redirect_uri', '=', values.redirect_uri)
      .where('client_id', '=', replacing)
      .execute();
    return;
  }
  await db
    .insertInto('marketplace_oauth_clients')
    .values(values)
    .onConflict((oc) => oc.columns(['account_id', 'app_id', 'redirect_uri']).doNothing())
    .execute();
}

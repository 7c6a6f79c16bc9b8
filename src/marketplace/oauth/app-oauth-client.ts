import { nowIso } from '../../platform/db/time.ts';
import type { Executor } from '../../platform/db/transaction.ts';
import type { CatalogApp } from '../catalog/load-catalog.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import { findAppClient, insertAppClientIfMissing, listAppClients } from './oauth-clients.repo.ts';
import { findOAuthClient, registerOAuthClient } from './platform-oauth.ts';

/**
 * The public OAuth client the marketplace uses for `app` in this account with `redirectUri`,
 * registered the first time it is needed and reused after that.
 */
export async function ensureAppClient(ctx: MarketplaceContext, app: CatalogApp, redirectUri: string): Promise<string> {
  const accountId = ctx.account.id;
  const known = await findAppClient(ctx.mk, accountId, app.manifest.id, redirectUri);
  if (known && (await findOAuthClient(platformDb(ctx), accountId, known.client_id))) return known.client_id;

  const { client } = await registerOAuthClient(platformDb(ctx), accountId, { name: app.manifest.name, redirectUris: [redirectUri], public: true });
  const values = { account_id: accountId, app_id: app.manifest.id, redirect_uri: redirectUri, client_id: client.clientId, created_at: nowIso() };
  // Two installs at once may both register; the first mapping stored wins and the other client is never used.
  await insertAppClientIfMissing(ctx.mk, values, known?.client_id);
  return (await findAppClient(ctx.mk, accountId, app.manifest.id, redirectUri))?.client_id ?? client.clientId;
}

/** Every client ever registered for `appId` in the account: uninstalling revokes the grants of all of them. */
export async function appClientIds(ctx: Pick<MarketplaceContext, 'mk' | 'account'>, appId: string): Promise<string[]> {
  return (await listAppClients(ctx.mk, ctx.account.id, appId)).map((c) => c.client_id);
}

function platformDb(ctx: MarketplaceContext): Executor {
  return ctx.db.kysely;
}

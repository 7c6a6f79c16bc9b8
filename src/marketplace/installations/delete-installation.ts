import { appendEvent } from '../../platform/events/append-event.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import { inMarketplaceTransaction } from '../marketplace-tables.ts';
import { appClientIds } from '../oauth/app-oauth-client.ts';
import { asPlatformTransaction, revokeGrantsOfClient } from '../oauth/platform-oauth.ts';
import { deleteInstallation as deleteRow } from './installations.repo.ts';
import { appEvent, managedInstallation } from './managed-installation.ts';

/** Uninstalls an app and revokes its grants in the same transaction: its tokens stop working at once. */
export async function deleteInstallation(ctx: MarketplaceContext, id: number): Promise<void> {
  const { row } = await managedInstallation(ctx, id);
  const clientIds = new Set([...(await appClientIds(ctx, row.app_id)), ...(row.oauth_client_id ? [row.oauth_client_id] : [])]);
  await inMarketplaceTransaction(ctx.mk, async (trx) => {
    for (const clientId of clientIds) await revokeGrantsOfClient(asPlatformTransaction(trx), ctx.account.id, clientId);
    await deleteRow(trx, ctx.account.id, id);
    if (row.activated_at !== null) await appendEvent(trx, ctx.account.id, 'app.uninstalled', appEvent(row, ctx.actor.id));
  });
}

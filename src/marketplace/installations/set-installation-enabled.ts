import { nowIso } from '../../platform/db/time.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import { inMarketplaceTransaction } from '../marketplace-tables.ts';
import type { InstallationView } from './installation-view.ts';
import { updateInstallation } from './installations.repo.ts';
import { appEvent, managedInstallation } from './managed-installation.ts';
import { presentInstallation } from './present-installations.ts';

/** Enable or disable an installed app: a disabled app is shown at no location and makes no requests. */
export async function setInstallationEnabled(ctx: MarketplaceContext, id: number, enabled: boolean): Promise<InstallationView> {
  const { row } = await managedInstallation(ctx, id);
  if ((row.enabled === 1) === enabled) return presentInstallation(ctx, row);
  const updated = await inMarketplaceTransaction(ctx.mk, async (trx) => {
    const saved = await updateInstallation(trx, ctx.account.id, id, { enabled: enabled ? 1 : 0, updated_at: nowIso() });
    await appendEvent(trx, ctx.account.id, enabled ? 'app.enabled' : 'app.disabled', appEvent(saved, ctx.actor.id));
    return saved;
  });
  return presentInstallation(ctx, updated);
}

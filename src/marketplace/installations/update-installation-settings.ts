import { nowIso } from '../../platform/db/time.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import { parseStoredSettings, settingsToStore } from './installation-settings.ts';
import type { InstallationView } from './installation-view.ts';
import { updateInstallation } from './installations.repo.ts';
import { managedInstallation } from './managed-installation.ts';
import { presentInstallation } from './present-installations.ts';

/** Replaces the settings; a secret left out keeps its value (the page never has it to send back). */
export async function updateInstallationSettings(ctx: MarketplaceContext, id: number, input: Record<string, unknown>): Promise<InstallationView> {
  const { row, app } = await managedInstallation(ctx, id);
  const settings = settingsToStore(app.manifest, input, parseStoredSettings(row.settings), ctx.secrets);
  const updated = await updateInstallation(ctx.mk, ctx.account.id, id, { settings: JSON.stringify(settings), updated_at: nowIso() });
  return presentInstallation(ctx, updated);
}

import { requireIntegrationViewer } from '../admin-guards.ts';
import type { IntegrationContext } from '../integration-context.ts';
import { loadSettings } from './integration-settings.ts';
import { presentSettings, type SettingsAnswer } from './present-settings.ts';

/** The Chat integration's settings page (S-7 … S-21): Sell admins edit it; Chat's owner and admins may look. */
export async function getSettings(ctx: IntegrationContext): Promise<SettingsAnswer> {
  const viewer = requireIntegrationViewer(ctx);
  return presentSettings(ctx, viewer, await loadSettings(ctx.tables, ctx.account.id));
}

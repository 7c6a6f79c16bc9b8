import { frameUrl, iconUrl } from '../catalog/app-urls.ts';
import { parseStoredSettings, publicSettings, type SettingValue } from '../installations/installation-settings.ts';
import { listInstallations } from '../installations/installations.repo.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import type { InstallationStatus } from '../marketplace-tables.ts';
import type { HostedLocation } from '../manifest/manifest-schema.ts';
import { seesLocation } from './location-audience.ts';

export type LocationApp = {
  installation_id: number;
  app_id: string;
  name: string;
  icon_url: string;
  /** Drawn by the web app itself (a shipped app, with the user's session); it then has no frame. */
  builtin: boolean;
  frame_url: string | null;
  /** `needs_authorization`: its access to Sell was revoked; the host offers to reconnect it (O-9). */
  status: InstallationStatus;
  /** The installation's settings, secrets left out (they never leave the server). */
  settings: Record<string, SettingValue>;
};

/** The apps shown at a location for the current user: installed (install finished) and enabled. */
export async function listLocationApps(ctx: MarketplaceContext, location: HostedLocation): Promise<LocationApp[]> {
  if (!seesLocation(ctx.actor, location)) return [];
  const rows = await listInstallations(ctx.mk, ctx.account.id);
  return rows.flatMap((row) => {
    const app = ctx.catalog.get(row.app_id);
    const page = app?.manifest.locations[location];
    if (!app || !page || row.enabled !== 1 || row.activated_at === null) return [];
    return [
      {
        installation_id: row.id,
        app_id: row.app_id,
        name: app.manifest.name,
        icon_url: iconUrl(app),
        builtin: app.manifest.builtin,
        frame_url: page === true ? null : frameUrl(app.manifest.id, page, ctx.origin),
        status: row.status,
        settings: publicSettings(app.manifest, parseStoredSettings(row.settings)).values,
      },
    ];
  });
}

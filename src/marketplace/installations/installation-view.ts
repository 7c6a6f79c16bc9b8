import type { UserRow } from '../../platform/identity/users.repo.ts';
import { frameUrl, iconUrl } from '../catalog/app-urls.ts';
import type { CatalogApp } from '../catalog/load-catalog.ts';
import type { InstallationRow, InstallationStatus, Product } from '../marketplace-tables.ts';
import { parseStoredSettings, publicSettings, type SettingValue } from './installation-settings.ts';

export type InstallationView = {
  id: number;
  app_id: string;
  app_name: string;
  icon_url: string;
  product: Product;
  enabled: boolean;
  status: InstallationStatus;
  /** The install finished (false while its first sign-in is unfinished: such an installation is shown nowhere). */
  activated: boolean;
  settings: Record<string, SettingValue>;
  /** Secret settings that have a value; the values themselves never leave the server. */
  secrets_set: string[];
  /** The app's own settings page, when it has one. */
  settings_frame_url: string | null;
  created_by: { id: number; name: string } | null;
  created_at: string;
  updated_at: string;
  /** Whether the current user may enable, disable, reconfigure, reconnect or uninstall it. */
  can_manage: boolean;
  /** When they may not: why, and who can, in the install rules' words (S-6); null when they may. */
  manage_refusal: string | null;
};

export function toInstallationView(
  row: InstallationRow,
  app: CatalogApp,
  options: { origin: string; manageRefusal: string | null; users: Pick<UserRow, 'id' | 'name'>[] },
): InstallationView {
  const { values, secretsSet } = publicSettings(app.manifest, parseStoredSettings(row.settings));
  const creator = options.users.find((u) => u.id === row.created_by_id);
  const settingsPage = app.manifest.locations.settings;
  return {
    id: row.id,
    app_id: row.app_id,
    app_name: app.manifest.name,
    icon_url: iconUrl(app),
    product: row.product,
    enabled: row.enabled === 1,
    status: row.status,
    activated: row.activated_at !== null,
    settings: values,
    secrets_set: secretsSet,
    settings_frame_url: typeof settingsPage === 'string' ? frameUrl(app.manifest.id, settingsPage, options.origin) : null,
    created_by: creator ? { id: creator.id, name: creator.name } : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
    can_manage: options.manageRefusal === null,
    manage_refusal: options.manageRefusal,
  };
}

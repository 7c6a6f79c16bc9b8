import type { AppManifest, LocationName } from '../manifest/manifest-schema.ts';
import type { InstallationView } from '../installations/installation-view.ts';
import type { RuleFailure } from '../rules/install-rules.ts';
import { iconUrl } from './app-urls.ts';
import type { CatalogApp } from './load-catalog.ts';

/** An app as the Marketplace shows it: the manifest's public part, this account's installation, and whether the user may install it. */
export type AppListing = Pick<AppManifest, 'id' | 'name' | 'version' | 'author' | 'summary' | 'description' | 'product' | 'requires' | 'settings' | 'allowed_urls'> & {
  icon_url: string;
  locations: LocationName[];
  oauth: { scopes: string[]; sign_in_step: boolean } | null;
  /** This account's installation (a finished install), or null. */
  installation: InstallationView | null;
  can_install: { ok: boolean; failures: RuleFailure[] };
};

export function toAppListing(app: CatalogApp, installation: InstallationView | null, failures: RuleFailure[]): AppListing {
  const m = app.manifest;
  return {
    id: m.id,
    name: m.name,
    version: m.version,
    author: m.author,
    summary: m.summary,
    description: m.description,
    product: m.product,
    requires: m.requires,
    settings: m.settings,
    allowed_urls: m.allowed_urls,
    icon_url: iconUrl(app),
    locations: Object.keys(m.locations) as LocationName[],
    oauth: m.oauth ? { scopes: m.oauth.scopes, sign_in_step: m.oauth.sign_in_step } : null,
    installation,
    can_install: { ok: failures.length === 0, failures },
  };
}

/**
 * The Marketplace's public interface: the plugin the app registers, what other server code may
 * read, and the app.* events of marketplace-events.ts (delivered through the outbox).
 */
import './marketplace-events.ts';

export { marketplacePlugin } from './marketplace-plugin.ts';
export type { AppEvent } from './marketplace-events.ts';
export { marketplaceContext, type MarketplaceContext, type MarketplaceServices } from './marketplace-context.ts';
export { ManifestError, type Catalog, type CatalogApp } from './catalog/load-catalog.ts';
export { listInstallations } from './installations/list-installations.ts';
export { findAppConnection, type AppConnection } from './installations/find-app-connection.ts';
export type { InstallationView } from './installations/installation-view.ts';
export { checkInstallRules } from './rules/check-install-rules.ts';
export type { RuleFailure } from './rules/install-rules.ts';

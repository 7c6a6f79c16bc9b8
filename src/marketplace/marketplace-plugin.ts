import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { instanceSecretBox } from '../platform/secret-box/instance-secret-box.ts';
import { catalogRoots } from './catalog/catalog-roots.ts';
import { loadCatalog } from './catalog/load-catalog.ts';
import { appFilesRoutes } from './http/app-files.routes.ts';
import { marketplaceRoutes } from './http/marketplace.routes.ts';
import { oauthCallbackRoutes } from './http/oauth-callback.routes.ts';
import type { MarketplaceServices } from './marketplace-context.ts';
import { marketplaceDb } from './marketplace-tables.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The marketplace's services (catalog, secret box, …): what tests and the demo drive operations with. */
    marketplace: MarketplaceServices;
  }
}

/** The Marketplace on the app: the catalog (a bad manifest stops the start), app files, the API and the sign-in callback. */
async function marketplace(app: FastifyInstance) {
  const catalog = loadCatalog(catalogRoots(app.config.extraAppDirs));
  const services: MarketplaceServices = {
    db: app.db,
    mk: marketplaceDb(app.db),
    catalog,
    secrets: await instanceSecretBox(app.db, app.config.secretsKey),
    inject: (options) => app.inject(options),
  };
  app.decorate('marketplace', services);
  await app.register(appFilesRoutes(catalog));
  await app.register(marketplaceRoutes(services));
  await app.register(oauthCallbackRoutes(services));
}

export const marketplacePlugin = fp(marketplace, { name: 'tandem-marketplace' });

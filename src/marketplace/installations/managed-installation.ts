import { notFound } from '../../platform/http/app-error.ts';
import type { CatalogApp } from '../catalog/load-catalog.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import type { InstallationRow } from '../marketplace-tables.ts';
import { requireInstallRules } from '../rules/check-install-rules.ts';
import { findInstallation } from './installations.repo.ts';

/** An installation of this account that the current user may change or remove (the install rules' who-part). */
export async function managedInstallation(ctx: MarketplaceContext, id: number): Promise<{ row: InstallationRow; app: CatalogApp }> {
  const row = await findInstallation(ctx.mk, ctx.account.id, id);
  const app = row ? ctx.catalog.get(row.app_id) : undefined;
  if (!row || !app) throw notFound('That app installation');
  await requireInstallRules(ctx, app.manifest, { scope: 'manage' });
  return { row, app };
}

export function appEvent(row: InstallationRow, actorId: number) {
  return { installationId: row.id, appId: row.app_id, product: row.product, actorId };
}

import { notFound } from '../../platform/http/app-error.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import type { Product } from '../marketplace-tables.ts';
import type { InstallationView } from './installation-view.ts';
import { findInstallation, listInstallations as listRows } from './installations.repo.ts';
import { presentInstallations } from './present-installations.ts';

/** My Apps: the account's finished installs, of one product or all. */
export async function listInstallations(ctx: MarketplaceContext, product?: Product): Promise<InstallationView[]> {
  const rows = await listRows(ctx.mk, ctx.account.id, product);
  return presentInstallations(ctx, rows.filter((row) => row.activated_at !== null));
}

export async function getInstallation(ctx: MarketplaceContext, id: number): Promise<InstallationView> {
  const row = await findInstallation(ctx.mk, ctx.account.id, id);
  const [view] = row ? await presentInstallations(ctx, [row]) : [];
  if (!view) throw notFound('That app installation');
  return view;
}

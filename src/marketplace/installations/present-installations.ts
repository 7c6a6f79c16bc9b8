import type { MarketplaceContext } from '../marketplace-context.ts';
import type { InstallationRow } from '../marketplace-tables.ts';
import { loadRuleFacts } from '../rules/check-install-rules.ts';
import { evaluateInstallRules } from '../rules/install-rules.ts';
import { toInstallationView, type InstallationView } from './installation-view.ts';

/** Views of installations for the current user (apps no longer in the catalog are left out). */
export async function presentInstallations(ctx: MarketplaceContext, rows: InstallationRow[]): Promise<InstallationView[]> {
  if (rows.length === 0) return [];
  const facts = await loadRuleFacts(ctx);
  return rows.flatMap((row) => {
    const app = ctx.catalog.get(row.app_id);
    if (!app) return [];
    const refusals = evaluateInstallRules(facts, app.manifest, { scope: 'manage' });
    const manageRefusal = refusals.length > 0 ? refusals.map((failure) => failure.message).join(' ') : null;
    return [toInstallationView(row, app, { origin: ctx.origin, manageRefusal, users: facts.users })];
  });
}

export async function presentInstallation(ctx: MarketplaceContext, row: InstallationRow): Promise<InstallationView> {
  const [view] = await presentInstallations(ctx, [row]);
  if (!view) throw new Error(`App ${row.app_id} is not in the catalog`);
  return view;
}

import { notFound } from '../../platform/http/app-error.ts';
import { listInstallations } from '../installations/list-installations.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import { loadRuleFacts } from '../rules/check-install-rules.ts';
import { evaluateInstallRules, type RuleFailure } from '../rules/install-rules.ts';
import { toAppListing, type AppListing } from './app-listing.ts';

/** The catalog as the current user sees it, with this account's installations. */
export async function listApps(ctx: MarketplaceContext): Promise<AppListing[]> {
  const [facts, installations] = await Promise.all([loadRuleFacts(ctx), listInstallations(ctx)]);
  return ctx.catalog.apps.map((app) =>
    toAppListing(
      app,
      installations.find((i) => i.app_id === app.manifest.id) ?? null,
      evaluateInstallRules(facts, app.manifest, { scope: 'install' }),
    ),
  );
}

export async function getApp(ctx: MarketplaceContext, appId: string): Promise<AppListing> {
  const listing = (await listApps(ctx)).find((app) => app.id === appId);
  if (!listing) throw notFound(`The app "${appId}"`);
  return listing;
}

/** The install page's first question: would installing work, and if not, what is missing (S-1 … S-6)? */
export async function checkApp(ctx: MarketplaceContext, appId: string, subdomain: string | undefined): Promise<{ ok: boolean; failures: RuleFailure[] }> {
  const app = ctx.catalog.get(appId);
  if (!app) throw notFound(`The app "${appId}"`);
  const failures = evaluateInstallRules(await loadRuleFacts(ctx), app.manifest, { scope: 'install', subdomain });
  return { ok: failures.length === 0, failures };
}

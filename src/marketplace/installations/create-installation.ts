import { z } from 'zod';
import { nowIso } from '../../platform/db/time.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { appendEvent } from '../../platform/events/append-event.ts';
import { conflict, notFound } from '../../platform/http/app-error.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import { inMarketplaceTransaction } from '../marketplace-tables.ts';
import { prepareSignIn } from '../oauth/prepare-sign-in.ts';
import { requireInstallRules } from '../rules/check-install-rules.ts';
import { settingsToStore } from './installation-settings.ts';
import type { InstallationView } from './installation-view.ts';
import { findInstallationOfApp, insertInstallation, updateInstallation } from './installations.repo.ts';
import { appEvent } from './managed-installation.ts';
import { presentInstallation } from './present-installations.ts';

export const createInstallationSchema = z.strictObject({
  app_id: z.string().min(1).max(64),
  /** The subdomain the installer typed or confirmed (S-3). */
  subdomain: z.string().max(63),
  settings: z.record(z.string(), z.unknown()).default({}),
});

const alreadyInstalled = () => conflict('already_installed', 'This app is already installed in this account. Find it in My Apps.');

/**
 * Installs an app after every install rule passed (S-1 … S-6). An app with a sign-in step starts as
 * `needs_authorization` and is installed once the callback stores its tokens; an unfinished install
 * of this kind may simply be started again.
 */
export async function createInstallation(
  ctx: MarketplaceContext,
  rawInput: z.input<typeof createInstallationSchema>,
): Promise<{ installation: InstallationView; authorize_url: string | null }> {
  const input = createInstallationSchema.parse(rawInput);
  const app = ctx.catalog.get(input.app_id);
  if (!app) throw notFound(`The app "${input.app_id}"`);
  await requireInstallRules(ctx, app.manifest, { scope: 'install', subdomain: input.subdomain });

  const existing = await findInstallationOfApp(ctx.mk, ctx.account.id, app.manifest.id);
  if (existing?.activated_at) throw alreadyInstalled();
  const settings = JSON.stringify(settingsToStore(app.manifest, input.settings, {}, ctx.secrets));
  const signIn = app.manifest.oauth?.sign_in_step ? await prepareSignIn(ctx, app) : null;
  const now = nowIso();
  try {
    const row = await inMarketplaceTransaction(ctx.mk, async (trx) => {
      const values = {
        settings,
        status: signIn ? ('needs_authorization' as const) : ('active' as const),
        activated_at: signIn ? null : now,
        ...signIn?.pending,
        created_by_id: ctx.actor.id,
        updated_at: now,
      };
      const saved = existing
        ? await updateInstallation(trx, ctx.account.id, existing.id, values)
        : await insertInstallation(trx, { account_id: ctx.account.id, app_id: app.manifest.id, product: app.manifest.product, enabled: 1, created_at: now, ...values });
      if (!signIn) await appendEvent(trx, ctx.account.id, 'app.installed', appEvent(saved, ctx.actor.id));
      return saved;
    });
    return { installation: await presentInstallation(ctx, row), authorize_url: signIn?.authorizeUrl ?? null };
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyInstalled();
    throw error;
  }
}

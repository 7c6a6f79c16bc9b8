import { nowIso } from '../../platform/db/time.ts';
import { conflict } from '../../platform/http/app-error.ts';
import type { MarketplaceContext } from '../marketplace-context.ts';
import { prepareSignIn } from '../oauth/prepare-sign-in.ts';
import { updateInstallation } from './installations.repo.ts';
import { managedInstallation } from './managed-installation.ts';

/** Starts the sign-in step again: to reconnect an app whose grant was revoked (O-9), or to finish an install. */
export async function reauthorizeInstallation(ctx: MarketplaceContext, id: number): Promise<{ authorize_url: string }> {
  const { app } = await managedInstallation(ctx, id);
  if (!app.manifest.oauth) throw conflict('no_sign_in', `${app.manifest.name} does not use Sell's API, so it has nothing to sign in to.`);
  const { authorizeUrl, pending } = await prepareSignIn(ctx, app);
  await updateInstallation(ctx.mk, ctx.account.id, id, { ...pending, updated_at: nowIso() });
  return { authorize_url: authorizeUrl };
}

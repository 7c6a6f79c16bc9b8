import { AppError, invalid, notFound } from '../../platform/http/app-error.ts';
import type { CatalogApp } from '../catalog/load-catalog.ts';
import { findInstallation } from '../installations/installations.repo.ts';
import { openSettings, parseStoredSettings } from '../installations/installation-settings.ts';
import { seesApp } from '../locations/location-audience.ts';
import { hostOf, type MarketplaceContext } from '../marketplace-context.ts';
import type { InstallationRow } from '../marketplace-tables.ts';
import { installationAccessToken } from '../oauth/installation-access-token.ts';
import { checkInstallRules } from '../rules/check-install-rules.ts';
import { isAllowedUrl, parseAbsoluteUrl } from './allowed-url.ts';
import { callAllowedUrl } from './call-allowed-url.ts';
import { callSellApi } from './call-sell-api.ts';
import type { ProxyRequest, ProxyResponse } from './proxy-input.ts';

/**
 * The server side of the SDK's request(): Sell API paths go out with the installation's OAuth token,
 * absolute URLs only under the app's allowed_urls with its settings filled in. Tokens and secret
 * settings are added here and never travel to the browser.
 */
export async function proxyAppRequest(ctx: MarketplaceContext, installationId: number, request: ProxyRequest): Promise<ProxyResponse> {
  const row = await findInstallation(ctx.mk, ctx.account.id, installationId);
  const app = row ? ctx.catalog.get(row.app_id) : undefined;
  if (!row || !app) throw notFound('That app installation');
  if (row.enabled !== 1 || row.activated_at === null) {
    throw new AppError(409, 'app_not_available', `${app.manifest.name} is ${row.enabled !== 1 ? 'disabled' : 'not installed yet'}.`);
  }
  if (!seesApp(ctx.actor, app.manifest) && (await checkInstallRules(ctx, app.manifest, { scope: 'manage' })).length > 0) {
    throw new AppError(403, 'forbidden', `${app.manifest.name} is not available to you.`);
  }

  const absolute = parseAbsoluteUrl(request.path);
  if (absolute) {
    if (!isAllowedUrl(absolute, app.manifest.allowed_urls)) {
      throw new AppError(403, 'url_not_allowed', `${app.manifest.name} may not send requests to ${absolute.origin}${absolute.pathname}; its manifest allows only its allowed_urls.`);
    }
    return callAllowedUrl({ ...request, url: absolute }, openSettings(app.manifest, parseStoredSettings(row.settings), ctx.secrets));
  }
  const url = new URL(request.path, 'http://sell.invalid');
  if (!request.path.startsWith('/v2/') || url.host !== 'sell.invalid' || !url.pathname.startsWith('/v2/') || url.search || url.hash) {
    throw invalid('path', 'Give a Sell API path starting with /v2/ (put parameters in query), or an absolute URL the app is allowed to call.');
  }
  return callSellApiAs(ctx, app, row, { ...request, url });
}

async function callSellApiAs(ctx: MarketplaceContext, app: CatalogApp, row: InstallationRow, request: ProxyRequest & { url: URL }) {
  const host = hostOf(ctx);
  let access = await installationAccessToken(ctx, host, row);
  if (!access.ok) throw needsAuthorization(app, row);
  let response = await callSellApi(ctx, host, access.token, request);
  if (response.status === 401) {
    // Expired early, or the grant was revoked: one refresh tells which.
    access = await installationAccessToken(ctx, host, row, { refused: access.token });
    if (!access.ok) throw needsAuthorization(app, row);
    response = await callSellApi(ctx, host, access.token, request);
  }
  return response;
}

function needsAuthorization(app: CatalogApp, row: InstallationRow) {
  return new AppError(
    409,
    'needs_authorization',
    `${app.manifest.name} no longer has access to Sell (its authorization was revoked). Someone who may manage the app can reconnect it in My Apps.`,
    undefined,
    undefined,
    { installation_id: row.id, app_id: row.app_id },
  );
}

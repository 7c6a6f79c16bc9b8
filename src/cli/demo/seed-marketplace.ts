import { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { AccountRow } from '../../platform/accounts/accounts.repo.ts';
import type { Db } from '../../platform/db/connect.ts';
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD } from './demo-people.ts';
import { DemoBrowser } from './demo-browser.ts';

const SHIPPED_APPS = ['sell-for-chat', 'chat-for-sell'];

/**
 * Installs the shipped apps in the demo account as its owner would in a browser — install, then
 * Authorize in the sign-in step — through the server's own routes, without opening a port. An app
 * whose install rules fail is left out, with the reason.
 */
export async function seedMarketplace(db: Db, config: Config, account: AccountRow): Promise<{ installed: string[]; skipped: string[] }> {
  const app = await buildApp({ ...config, logLevel: 'silent', outboxPollMs: 0, chatRoutingSweepMs: 0 }, { db, migrated: true });
  try {
    const browser = new DemoBrowser(app, `${account.subdomain}.localhost:${config.port}`);
    await browser.call('POST', '/api/session', { email: DEMO_OWNER_EMAIL, password: DEMO_PASSWORD });
    const installed: string[] = [];
    const skipped: string[] = [];
    for (const appId of SHIPPED_APPS) {
      const outcome = await install(browser, appId, account.subdomain);
      if (outcome === 'installed') installed.push(appId);
      else skipped.push(`${appId} (${outcome})`);
    }
    await browser.call('DELETE', '/api/session');
    return { installed, skipped };
  } finally {
    await app.close();
  }
}

async function install(browser: DemoBrowser, appId: string, subdomain: string): Promise<string> {
  const existing = (await browser.call('GET', '/api/marketplace/installations')).json().installations as { app_id: string }[];
  if (existing.some((i) => i.app_id === appId)) return 'installed';
  const created = await browser.call('POST', '/api/marketplace/installations', { app_id: appId, subdomain, settings: {} });
  if (created.statusCode !== 200) return created.json().error.message as string;
  const authorizeUrl = created.json().authorize_url as string | null;
  if (!authorizeUrl) return 'installed';
  const params = Object.fromEntries(new URL(authorizeUrl, 'http://demo.invalid').searchParams);
  const decided = await browser.call('POST', '/api/oauth/authorization', { ...params, decision: 'authorize' });
  const callback = new URL(decided.json().redirect_to as string);
  const landed = await browser.call('GET', `${callback.pathname}${callback.search}`);
  return String(landed.headers.location ?? '').includes('sign_in=done') ? 'installed' : 'the sign-in step failed';
}

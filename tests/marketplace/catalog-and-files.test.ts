import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveAppFile } from '../../src/marketplace/catalog/app-file.ts';
import { makeAccount, type TestApp } from '../support/test-app.ts';
import { signedIn, startMarketplaceApp, type RecordingClient } from './support/marketplace-world.ts';

let t: TestApp;
let owner: RecordingClient;
beforeAll(async () => {
  t = await startMarketplaceApp();
  await makeAccount(t, 'acme');
  owner = await signedIn(t, 'acme.localhost', 'owner@acme.test');
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url, headers: { host: 'acme.localhost' } });

describe('the catalog', () => {
  it('lists every app with its public manifest, icon, installation and whether the user may install it', async () => {
    const res = await owner.get('/api/marketplace/apps');
    expect(res.statusCode).toBe(200);
    const apps = res.json().apps;
    expect(apps.map((a: { id: string }) => a.id)).toEqual(['chat-for-sell', 'sell-for-chat', 'test-app']);
    expect(apps[1]).toEqual({
      id: 'sell-for-chat',
      name: 'Sell for Chat',
      version: '1.0.0',
      author: 'Tandem',
      summary: { en: expect.stringContaining('Sell record'), ja: expect.stringContaining('Sell') },
      description: { en: expect.any(String), ja: expect.any(String) },
      product: 'chat',
      requires: ['sell_platform', 'chat_team_plan'],
      settings: [],
      allowed_urls: [],
      icon_url: '/apps/sell-for-chat/icon.svg',
      locations: ['chat_sidebar'],
      oauth: { scopes: ['read', 'write', 'profile'], sign_in_step: true },
      installation: null,
      can_install: { ok: true, failures: [] },
    });
    expect(apps[2].settings.map((s: { name: string; type: string }) => `${s.name}:${s.type}`)).toEqual(['greeting:text', 'api_key:secret']);
  });

  it('answers one app, and 404 for an unknown one; signed-out users get 401', async () => {
    expect((await owner.get('/api/marketplace/apps/chat-for-sell')).json()).toMatchObject({ id: 'chat-for-sell', product: 'sell', locations: ['sell_top_bar'] });
    const missing = await owner.get('/api/marketplace/apps/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    expect((await get('/api/marketplace/apps')).statusCode).toBe(401);
  });

  it('the check without a typed subdomain checks everything else', async () => {
    expect((await owner.post('/api/marketplace/apps/chat-for-sell/check', {})).json()).toEqual({ ok: true, failures: [] });
    expect((await owner.post('/api/marketplace/apps/chat-for-sell/check', { subdomain: 'acme' })).json()).toEqual({ ok: true, failures: [] });
  });
});

describe('app files', () => {
  it('are served with the sandbox CSP, open CORS and the right content types', async () => {
    const expected: [string, string][] = [
      ['/apps/test-app/panel.html', 'text/html; charset=utf-8'],
      ['/apps/test-app/panel.js', 'text/javascript; charset=utf-8'],
      ['/apps/test-app/icon.svg', 'image/svg+xml'],
      ['/apps/test-app/manifest.json', 'application/json; charset=utf-8'],
      ['/apps/sell-for-chat/icon.svg', 'image/svg+xml'],
    ];
    for (const [url, type] of expected) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toBe(type);
      expect(res.headers['content-security-policy']).toBe('sandbox allow-scripts allow-forms allow-popups');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await get('/apps/test-app/panel.js')).body).toBe(fs.readFileSync('tests/fixtures/apps/test-app/panel.js', 'utf8'));
  });

  it('has no pages for the built-in apps, which the web app draws itself', async () => {
    for (const url of ['/apps/sell-for-chat/sidebar.html', '/apps/sell-for-chat/settings.html', '/apps/chat-for-sell/top-bar.html']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('never serves anything outside the app folder', async () => {
    // `..` and `%2e%2e` segments are resolved before routing (to /package.json, which is no app file).
    for (const url of ['/apps/test-app/../../../package.json', '/apps/test-app/%2e%2e/%2e%2e/%2e%2e/package.json']) {
      const res = await get(url);
      expect(res.body, url).not.toContain('"dependencies"');
      expect(res.headers['content-security-policy'], url).not.toContain('sandbox');
    }
    for (const url of [
      '/apps/test-app/..%2F..%2F..%2Fpackage.json',
      '/apps/test-app/%2Fetc%2Fpasswd',
      '/apps/test-app/..%5C..%5Cpackage.json',
      '/apps/test-app/panel.html%00.js',
      '/apps/test-app/',
      '/apps/test-app/missing.html',
      '/apps/no-such-app/panel.html',
      '/apps/..%2Fapps%2Fsell-for-chat/icon.svg',
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body, url).not.toContain('"dependencies"');
    }
  });

  it('resolves only regular files inside the folder, following no link out of it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-app-'));
    try {
      fs.writeFileSync(path.join(dir, 'page.html'), 'ok');
      fs.mkdirSync(path.join(dir, 'sub'));
      fs.symlinkSync(path.resolve('package.json'), path.join(dir, 'escape.json'));
      expect(resolveAppFile(dir, 'page.html')).toBe(fs.realpathSync(path.join(dir, 'page.html')));
      for (const bad of ['../package.json', '/etc/passwd', 'sub', 'escape.json', 'sub/../../x', '', 'page.html\0']) {
        expect(resolveAppFile(dir, bad), bad).toBeNull();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

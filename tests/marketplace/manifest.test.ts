import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogRoots } from '../../src/marketplace/catalog/catalog-roots.ts';
import { loadCatalog, ManifestError } from '../../src/marketplace/catalog/load-catalog.ts';
import { MANIFEST_JSON_SCHEMA_PATH, manifestJsonSchema } from '../../src/marketplace/manifest/manifest-json-schema.ts';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createTestDatabase } from '../support/test-database.ts';

const good = () => ({
  id: 'demo-app',
  name: 'Demo App',
  version: '1.0.0',
  author: 'Someone',
  summary: { en: 'Does a thing.', ja: 'あることをします。' },
  description: { en: 'Does a thing, well.', ja: 'あることを上手にします。' },
  icon: 'icon.svg',
  product: 'chat',
  locations: { chat_sidebar: 'sidebar.html' },
  settings: [{ name: 'greeting', type: 'text', label: { en: 'Greeting', ja: 'あいさつ' } }],
});

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-apps-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Writes an app folder under the temp root; `manifest` may be an object or raw text. */
function writeApp(folder: string, manifest: unknown, files = ['icon.svg', 'sidebar.html']) {
  const dir = path.join(root, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.json'), typeof manifest === 'string' ? manifest : JSON.stringify(manifest));
  for (const file of files) fs.writeFileSync(path.join(dir, file), '<svg/>');
  return path.join(dir, 'manifest.json');
}

function loadError(): string {
  try {
    loadCatalog([root]);
  } catch (error) {
    expect(error).toBeInstanceOf(ManifestError);
    return (error as Error).message;
  }
  throw new Error('the catalog loaded');
}

describe('the manifest JSON schema', () => {
  it('is the one generated from the zod schema (run: npx tsx scripts/write-app-manifest-schema.ts)', () => {
    expect(fs.readFileSync(MANIFEST_JSON_SCHEMA_PATH, 'utf8')).toBe(manifestJsonSchema());
  });
});

describe('loading the catalog', () => {
  it('loads the shipped apps and the test app', () => {
    const catalog = loadCatalog(catalogRoots(['tests/fixtures/apps']));
    expect(catalog.apps.map((a) => a.manifest.id).sort()).toEqual(['chat-for-sell', 'sell-for-chat', 'test-app']);
    const sellForChat = catalog.get('sell-for-chat')!.manifest;
    expect(sellForChat).toMatchObject({
      product: 'chat',
      requires: ['sell_platform', 'chat_team_plan'],
      builtin: true,
      locations: { chat_sidebar: true },
      oauth: { scopes: ['read', 'write', 'profile'], sign_in_step: true },
    });
    const chatForSell = catalog.get('chat-for-sell')!.manifest;
    expect(chatForSell).toMatchObject({ product: 'sell', builtin: true, locations: { sell_top_bar: true }, requires: ['sell_platform', 'chat_team_plan'] });
    expect(catalog.get('test-app')!.manifest.builtin).toBe(false);
    expect(chatForSell.settings).toEqual([expect.objectContaining({ name: 'sign_in_on_load', type: 'checkbox', default: true })]);
  });

  it('accepts a good manifest and fills in the defaults', () => {
    writeApp('demo-app', good());
    const app = loadCatalog([root]).get('demo-app')!;
    expect(app.manifest.requires).toEqual([]);
    expect(app.manifest.allowed_urls).toEqual([]);
    expect(app.manifest.settings[0]).toMatchObject({ required: false });
  });

  it('names the file and the field of a missing or wrong field', () => {
    const { summary: _summary, ...noSummary } = good();
    const file = writeApp('demo-app', { ...noSummary, product: 'crm' });
    const message = loadError();
    expect(message).toContain(file);
    expect(message).toContain('summary: This field is required.');
    expect(message).toContain('product: Choose one of: chat, sell.');
  });

  it('names the path of a bad setting and refuses unknown fields', () => {
    writeApp('demo-app', { ...good(), colour: 'red', settings: [{ name: 'Bad Name', type: 'text', label: { en: 'x', ja: 'x' } }] });
    const message = loadError();
    expect(message).toContain('settings[0].name: Use lower-case letters');
    expect(message).toContain('Unknown field: colour.');
  });

  it('refuses a select default that is not an option, and a setting named twice', () => {
    const select = { name: 'region', type: 'select', label: { en: 'Region', ja: '地域' }, options: [{ value: 'eu', label: { en: 'EU', ja: 'EU' } }], default: 'us' };
    writeApp('demo-app', { ...good(), settings: [select, { ...select, default: 'eu' }] });
    const message = loadError();
    expect(message).toContain('settings[0].default: The default must be one of the options.');
    expect(message).toContain('settings[1].name: "region" is used twice.');
  });

  it('refuses allowed URLs that are not http(s) prefixes, and paths that leave the folder', () => {
    writeApp('demo-app', { ...good(), icon: '../secret.svg', allowed_urls: ['ftp://example.com/'] });
    const message = loadError();
    expect(message).toContain('icon: Give a path inside the app folder');
    expect(message).toContain('allowed_urls[0]: Give an http(s) URL');
  });

  it('requires the id to be the folder name and the named files to exist', () => {
    writeApp('other-name', good());
    expect(loadError()).toMatch(/id: "demo-app" must be the folder name, "other-name"/);
    fs.rmSync(path.join(root, 'other-name'), { recursive: true });

    writeApp('demo-app', good(), ['icon.svg']);
    expect(loadError()).toMatch(/locations\.chat_sidebar: no file "sidebar\.html" in the app folder/);
  });

  it('refuses a built-in app outside the shipped apps folder, and mixes of pages and true', () => {
    writeApp('demo-app', { ...good(), builtin: true, locations: { chat_sidebar: true } });
    expect(loadError()).toMatch(/demo-app\/manifest\.json: builtin: only the apps shipped in Tandem's apps\/ folder may be built in/);
    expect(() => loadCatalog(catalogRoots([root]))).toThrow(/builtin: only the apps shipped/);
    fs.rmSync(path.join(root, 'demo-app'), { recursive: true });

    writeApp('demo-app', { ...good(), locations: { chat_sidebar: true } });
    expect(loadError()).toContain('locations.chat_sidebar: Give a page of the app folder, such as "sidebar.html" (true is only for built-in apps).');
    fs.rmSync(path.join(root, 'demo-app'), { recursive: true });

    writeApp('demo-app', { ...good(), builtin: true });
    expect(loadError()).toContain('locations.chat_sidebar: A built-in app is drawn by Tandem: write true instead of a page.');
  });

  it('refuses invalid JSON, a folder without a manifest, and two apps with one id', () => {
    writeApp('demo-app', '{"id": "demo-app",');
    expect(loadError()).toMatch(/demo-app\/manifest\.json: not valid JSON/);
    fs.rmSync(path.join(root, 'demo-app'), { recursive: true });

    fs.mkdirSync(path.join(root, 'empty'));
    expect(loadError()).toMatch(/empty\/manifest\.json: missing/);
    fs.rmSync(path.join(root, 'empty'), { recursive: true });

    writeApp('sell-for-chat', { ...good(), id: 'sell-for-chat' });
    expect(() => loadCatalog(catalogRoots([root]))).toThrow(/id: "sell-for-chat" is also the id of .*apps\/sell-for-chat\/manifest\.json/);
  });

  it('stops the server when a manifest is bad, or EXTRA_APP_DIRS names no folder', async () => {
    const { db, dispose } = await createTestDatabase();
    const start = (extraAppDirs: string) => buildApp(loadConfig({ LOG_LEVEL: 'silent', EXTRA_APP_DIRS: extraAppDirs }), { db, migrated: true });
    try {
      writeApp('demo-app', { ...good(), version: 'one' });
      await expect(start(root)).rejects.toThrow(/demo-app\/manifest\.json: version: Use a version such as 1\.0\.0\./);
      await expect(start(path.join(root, 'nowhere'))).rejects.toThrow(/nowhere: the app folder does not exist/);
    } finally {
      await dispose();
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import '../../platform/zod-messages.ts';
import { manifestSchema, type AppManifest } from '../manifest/manifest-schema.ts';
import { resolveAppFile } from './app-file.ts';
import { SHIPPED_APPS_DIR } from './catalog-roots.ts';

/** An app of the catalog: its validated manifest and its folder (a real, absolute path). */
export type CatalogApp = { manifest: AppManifest; dir: string };

export type Catalog = {
  apps: CatalogApp[];
  get(id: string): CatalogApp | undefined;
};

/** A manifest the server cannot use: the message names the file and the field. */
export class ManifestError extends Error {
  override name = 'ManifestError';
}

/**
 * Loads every app folder under each of `roots`; any bad manifest stops the load with a ManifestError.
 * Only the shipped apps folder may hold built-in apps: they run with the user's session, unsandboxed.
 */
export function loadCatalog(roots: string[]): Catalog {
  const byId = new Map<string, CatalogApp>();
  const shippedDir = realPath(SHIPPED_APPS_DIR);
  for (const root of roots) {
    if (!isDirectory(root)) throw new ManifestError(`${root}: the app folder does not exist.`);
    const mayBeBuiltin = realPath(root) === shippedDir;
    const folders = fs
      .readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders) {
      const app = loadApp(fs.realpathSync(path.join(root, folder)), folder, mayBeBuiltin);
      const other = byId.get(app.manifest.id);
      if (other) throw new ManifestError(`${manifestFile(app.dir)}: id: "${app.manifest.id}" is also the id of ${manifestFile(other.dir)}.`);
      byId.set(app.manifest.id, app);
    }
  }
  const apps = [...byId.values()].sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
  return { apps, get: (id) => byId.get(id) };
}

function loadApp(dir: string, folder: string, mayBeBuiltin: boolean): CatalogApp {
  const file = manifestFile(dir);
  if (!fs.existsSync(file)) throw new ManifestError(`${file}: missing; every app folder needs a manifest.json.`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ManifestError(`${file}: not valid JSON (${(error as Error).message}).`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new ManifestError(`${file}: ${describeIssues(parsed.error.issues)}`);
  const manifest = parsed.data;
  const fail = (field: string, message: string) => new ManifestError(`${file}: ${field}: ${message}`);
  if (manifest.id !== folder) throw fail('id', `"${manifest.id}" must be the folder name, "${folder}".`);
  if (manifest.builtin && !mayBeBuiltin) throw fail('builtin', "only the apps shipped in Tandem's apps/ folder may be built in; remove it and name a page for each location.");
  if (!resolveAppFile(dir, manifest.icon)) throw fail('icon', `no file "${manifest.icon}" in the app folder.`);
  for (const [location, page] of Object.entries(manifest.locations)) {
    if (typeof page === 'string' && !resolveAppFile(dir, page)) throw fail(`locations.${location}`, `no file "${page}" in the app folder.`);
  }
  return { manifest, dir };
}

function manifestFile(dir: string): string {
  return path.join(dir, 'manifest.json');
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues.map((issue) => `${fieldName(issue.path) || '(manifest)'}: ${issue.message}`).join('; ');
}

/** `settings[1].name`, as people write a path into JSON. */
function fieldName(pathParts: PropertyKey[]): string {
  return pathParts.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

function realPath(p: string): string | null {
  try {
    return fs.realpathSync(p);
  } catch {
    return null;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The apps that ship with Tandem. */
export const SHIPPED_APPS_DIR = fileURLToPath(new URL('../../../apps', import.meta.url));

/** Every folder the catalog loads: the shipped apps, then EXTRA_APP_DIRS (relative to the working directory). */
export function catalogRoots(extraAppDirs: string[]): string[] {
  return [SHIPPED_APPS_DIR, ...extraAppDirs.map((dir) => path.resolve(dir))];
}

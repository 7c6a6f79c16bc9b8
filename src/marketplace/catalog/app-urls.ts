import type { CatalogApp } from './load-catalog.ts';

/** Where an app's files are served from: the same origin, opened in a sandbox (see app-files.routes.ts). */
export function appFileUrl(appId: string, file: string): string {
  return `/apps/${encodeURIComponent(appId)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export function iconUrl(app: CatalogApp): string {
  return appFileUrl(app.manifest.id, app.manifest.icon);
}

/** The iframe's address; `#host=` tells the SDK which origin its messages must come from and go to. */
export function frameUrl(appId: string, file: string, origin: string): string {
  return `${appFileUrl(appId, file)}#host=${encodeURIComponent(origin)}`;
}

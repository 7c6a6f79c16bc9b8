/**
 * Whether `target` lies under one of the manifest's allowed URL prefixes: same scheme, host and port,
 * and a path inside the prefix's path (compared after the URL parser resolved `..` and `%2e%2e`).
 */
export function isAllowedUrl(target: URL, allowedPrefixes: string[]): boolean {
  if (target.username || target.password) return false;
  return allowedPrefixes.some((prefix) => {
    const allowed = new URL(prefix);
    if (allowed.protocol !== target.protocol || allowed.host !== target.host) return false;
    const base = allowed.pathname;
    return base.endsWith('/') ? target.pathname.startsWith(base) : target.pathname === base || target.pathname.startsWith(`${base}/`);
  });
}

export function parseAbsoluteUrl(path: string): URL | null {
  if (!/^https?:\/\//i.test(path)) return null;
  try {
    return new URL(path);
  } catch {
    return null;
  }
}

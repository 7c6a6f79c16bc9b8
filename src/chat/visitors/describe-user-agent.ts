/** A person-readable browser and platform from a User-Agent header; enough for the visitor panel. */
export function describeUserAgent(ua: string | null): { browser: string | null; platform: string | null } {
  if (!ua) return { browser: null, platform: null };
  const browser =
    match(ua, /Edg(?:e|A|iOS)?\/([\d]+)/, 'Edge') ??
    match(ua, /OPR\/([\d]+)/, 'Opera') ??
    match(ua, /Firefox\/([\d]+)/, 'Firefox') ??
    match(ua, /(?:Chrome|CriOS)\/([\d]+)/, 'Chrome') ??
    match(ua, /Version\/([\d]+)[^ ]* (?:Mobile\/\S+ )?Safari/, 'Safari');
  const platform = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'macOS'
          : /CrOS/.test(ua)
            ? 'ChromeOS'
            : /Linux/.test(ua)
              ? 'Linux'
              : null;
  return { browser, platform };
}

function match(ua: string, pattern: RegExp, name: string): string | null {
  const m = pattern.exec(ua);
  return m ? `${name} ${m[1]}` : null;
}

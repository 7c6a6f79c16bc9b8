/** The API's timestamp form: ISO-8601 UTC to the second, `2019-09-04T08:28:59Z`. */
export function apiTime(iso: string | null): string | null {
  return iso === null ? null : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** Reads a timestamp the API was sent (offsets allowed) into our stored ISO form; null when unreadable. */
export function parseApiTime(text: string): string | null {
  const t = Date.parse(text);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

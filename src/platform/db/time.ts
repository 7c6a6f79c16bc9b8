/** Timestamps are stored as ISO-8601 UTC strings: SQLite cannot bind a Date and text sorts in time order. */
export function nowIso(): string {
  return new Date().toISOString();
}

export function isoAfter(ms: number, from: Date = new Date()): string {
  return new Date(from.getTime() + ms).toISOString();
}

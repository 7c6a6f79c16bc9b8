const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A picked day as the instant it starts in the reader's time zone; `plusDays` moves it on. */
function dayStart(day: string, plusDays = 0): string | undefined {
  const match = DAY.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays).toISOString();
}

/** The filter's days as the server's range: from the start of `from` up to the end of `to` (the server's `to` is exclusive). */
export function auditDates(from: string, to: string): { from?: string; to?: string } {
  return { from: dayStart(from), to: dayStart(to, 1) };
}

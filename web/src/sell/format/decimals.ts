const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** "1000.5" → 100050n: money as whole cents, so sums never pick up float errors. */
function toCents(value: string): bigint {
  const match = DECIMAL.exec(value.trim());
  if (!match) return 0n;
  const cents = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0') || '0');
  return match[1] ? -cents : cents;
}

function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const absolute = negative ? -cents : cents;
  const whole = absolute / 100n;
  const fraction = (absolute % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}${fraction === '00' ? '' : `.${fraction}`}`;
}

/** Adds decimal strings exactly. */
export function sumDecimals(values: readonly string[]): string {
  return fromCents(values.reduce((total, value) => total + toCents(value), 0n));
}

/** True for amounts the API takes: zero or more, at most two decimals. */
export function isDecimalAmount(text: string): boolean {
  const match = DECIMAL.exec(text.trim());
  return Boolean(match) && !match?.[1];
}

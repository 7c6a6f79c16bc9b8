import { normalizeDecimal } from '../records/money.ts';

/** A canonical decimal with at most two decimals as a whole number of hundredths ("-10.5" → -1050n). */
export function toHundredths(decimal: string): bigint {
  const negative = decimal.startsWith('-');
  const [whole, fraction = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  const hundredths = BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -hundredths : hundredths;
}

/**
 * The value of one unit: the product's price with the variation (a percentage, -10 for a 10% discount,
 * 5 for a 5% markup) applied, rounded half up to the cent. Exact decimal arithmetic, no floats.
 */
export function priceWithVariation(price: string, variation: string): string {
  const factor = 10_000n + toHundredths(variation); // 100% = 10,000 hundredths of a percent
  const scaled = toHundredths(price) * factor;
  const cents = (scaled * 2n + 10_000n) / 20_000n;
  return normalizeDecimal(`${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`)!;
}

import type { Deal } from '../../api/types';
import { sumDecimals } from '../../format/decimals';

/** The sum of a column's deals per currency, largest group first. */
export function columnTotals(deals: readonly Deal[]): { currency: string; total: string }[] {
  const byCurrency = new Map<string, string[]>();
  for (const deal of deals) byCurrency.set(deal.currency, [...(byCurrency.get(deal.currency) ?? []), deal.value]);
  return [...byCurrency]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([currency, values]) => ({ currency, total: sumDecimals(values) }));
}

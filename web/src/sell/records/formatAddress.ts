import type { Address } from '../api/types';

/** An address on one line, skipping the parts nobody filled in. */
export function formatAddress(address: Address | null | undefined): string {
  if (!address) return '';
  const cityLine = [address.postal_code, address.city].filter(Boolean).join(' ');
  return [address.line1, cityLine, address.state, address.country].filter(Boolean).join(', ');
}

import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { SellAccount } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** The account's Sell settings; its currency is the default for new deals. */
export function useSellAccount() {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.account,
    queryFn: () => api.one<SellAccount>('/v2/accounts/self'),
    staleTime: 5 * 60_000,
  });
}

import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { Pool } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** The account's distribution pools. */
export function usePools(enabled = true) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.pools,
    queryFn: () => api.all<Pool>('/v2/pools'),
    staleTime: 60_000,
    enabled,
  });
}

import { useQueries } from '@tanstack/react-query';
import { sellKeys } from '../../api/sellKeys';
import type { Deal, Page } from '../../api/types';
import { useSellApi } from '../../api/useSellApi';
import { boardQuery } from './boardQuery';

export interface BoardColumnData {
  deals: Deal[] | undefined;
  hasMore: boolean;
  isPending: boolean;
  error: unknown;
}

/** The deals of each stage on the board, one request per column. */
export function useBoardDeals(stageIds: readonly number[], ownerId: string | null): Map<number, BoardColumnData> {
  const api = useSellApi();
  const results = useQueries({
    queries: stageIds.map((stageId) => {
      const query = boardQuery(stageId, ownerId);
      return {
        queryKey: sellKeys.list('deal', query),
        queryFn: () => api.page<Deal>(`/v2/deals?${query}`),
      };
    }),
  });
  return new Map(
    stageIds.map((stageId, index) => {
      const result = results[index];
      const page = result?.data as Page<Deal> | undefined;
      return [stageId, { deals: page?.items, hasMore: page?.hasNext ?? false, isPending: result?.isPending ?? true, error: result?.error ?? null }];
    }),
  );
}

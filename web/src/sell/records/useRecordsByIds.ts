import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { ResourceType } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { apiCollectionPath } from './resourcePaths';

/** Several records by id in one request (e.g. the organizations named on a page of contacts). */
export function useRecordsByIds<T extends { id: number }>(resource: ResourceType, ids: readonly number[]) {
  const api = useSellApi();
  const unique = [...new Set(ids)].sort((a, b) => a - b);
  return useQuery({
    queryKey: sellKeys.recordNames(resource, unique),
    queryFn: async () => {
      const page = await api.page<T>(`${apiCollectionPath(resource)}?ids=${unique.join(',')}&per_page=100`);
      return new Map(page.items.map((item) => [item.id, item]));
    },
    enabled: unique.length > 0,
    staleTime: 30_000,
  });
}

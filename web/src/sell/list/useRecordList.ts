import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { ResourceType } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { apiCollectionPath } from '../records/resourcePaths';

/** One page of leads, contacts or deals; the previous page stays on screen while the next loads. */
export function useRecordList<T>(resource: ResourceType, apiQuery: string) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.list(resource, apiQuery),
    queryFn: () => api.page<T>(`${apiCollectionPath(resource)}?${apiQuery}`),
    placeholderData: keepPreviousData,
  });
}

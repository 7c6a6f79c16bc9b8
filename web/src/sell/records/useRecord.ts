import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { ResourceType } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { apiRecordPath } from './resourcePaths';

/** One lead, contact or deal. */
export function useRecord<T>(resource: ResourceType, id: number | null) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.record(resource, id ?? 0),
    queryFn: () => api.one<T>(apiRecordPath(resource, id!)),
    enabled: id !== null,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { ResourceType } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { refreshFeeds } from './refreshFeeds';
import { apiCollectionPath, apiRecordPath } from './resourcePaths';

/** After any change to a record: its page, every list of its type, and the feeds. */
function useRecordChanged(resource: ResourceType) {
  const queryClient = useQueryClient();
  return (record?: { id: number }) => {
    if (record) queryClient.setQueryData(sellKeys.record(resource, record.id), record);
    void queryClient.invalidateQueries({ queryKey: sellKeys.lists(resource) });
    void queryClient.invalidateQueries({ queryKey: sellKeys.records(resource) });
    void queryClient.invalidateQueries({ queryKey: sellKeys.tags(resource) });
    refreshFeeds(queryClient);
  };
}

export function useCreateRecord<T extends { id: number }>(resource: ResourceType) {
  const api = useSellApi();
  const changed = useRecordChanged(resource);
  return useMutation({
    mutationFn: (data: Record<string, unknown>) => api.create<T>(apiCollectionPath(resource), data),
    onSuccess: changed,
  });
}

export function useUpdateRecord<T extends { id: number }>(resource: ResourceType) {
  const api = useSellApi();
  const changed = useRecordChanged(resource);
  return useMutation({
    mutationFn: ({ id, data }: { id: number; data: Record<string, unknown> }) => api.update<T>(apiRecordPath(resource, id), data),
    onSuccess: changed,
  });
}

export function useDeleteRecord(resource: ResourceType) {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.remove(apiRecordPath(resource, id)),
    // The record's own cache entry is dropped by the caller once its page is gone, so the page
    // does not ask for a record that no longer exists.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sellKeys.lists(resource) }),
  });
}

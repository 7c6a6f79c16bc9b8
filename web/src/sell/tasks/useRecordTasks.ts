import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { ResourceType, Task } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { byDueDate } from './sortTasks';

/** The tasks attached to one record: open ones first, soonest due first. */
export function useRecordTasks(resource: ResourceType, id: number) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.recordTasks(resource, id),
    queryFn: async () => {
      const tasks = await api.all<Task>(`/v2/tasks?resource_type=${resource}&resource_id=${id}&sort_by=created_at:asc`);
      return tasks.sort(byDueDate);
    },
  });
}

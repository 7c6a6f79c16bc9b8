import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { Page, ResourceType, Task } from '../api/types';
import { useSellApi } from '../api/useSellApi';
import { refreshFeeds } from '../records/refreshFeeds';

export interface NewTask {
  content: string;
  due_date: string | null;
  owner_id?: number;
  resource_type?: ResourceType;
  resource_id?: number;
}

/** Record pages cache a task array, the task list a page of tasks. */
type TaskCache = Task[] | Page<Task>;

export function useCreateTask() {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: NewTask) => api.create<Task>('/v2/tasks', task),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sellKeys.tasks });
      refreshFeeds(queryClient);
    },
  });
}

/** Ticks a task off (or back on) at once, and puts it back if the server says no. */
export function useSetTaskCompleted() {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ task, completed }: { task: Task; completed: boolean }) => api.update<Task>(`/v2/tasks/${task.id}`, { completed }),
    onMutate: async ({ task, completed }) => {
      await queryClient.cancelQueries({ queryKey: sellKeys.tasks });
      const snapshot = queryClient.getQueriesData<TaskCache>({ queryKey: sellKeys.tasks });
      const tick = (item: Task) => (item.id === task.id ? { ...item, completed } : item);
      queryClient.setQueriesData<TaskCache>({ queryKey: sellKeys.tasks }, (cached) => {
        if (Array.isArray(cached)) return cached.map(tick);
        return cached ? { ...cached, items: cached.items.map(tick) } : cached;
      });
      return { snapshot };
    },
    onError: (_error, _variables, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: sellKeys.tasks });
      refreshFeeds(queryClient);
    },
  });
}

export function useDeleteTask() {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (task: Task) => api.remove(`/v2/tasks/${task.id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sellKeys.tasks }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../../api/sellKeys';
import type { Pool, ResourceType } from '../../api/types';
import { useSellApi } from '../../api/useSellApi';

export interface PoolInput {
  name: string;
  resource_type?: ResourceType;
  /** In rotation order. */
  member_ids: number[];
}

export function usePoolMutations() {
  const api = useSellApi();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: sellKeys.pools });
  return {
    create: useMutation({ mutationFn: (input: PoolInput) => api.create<Pool>('/v2/pools', input), onSuccess: refresh }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: number; input: PoolInput }) => api.update<Pool>(`/v2/pools/${id}`, input),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: (id: number) => api.remove(`/v2/pools/${id}`), onSuccess: refresh }),
  };
}

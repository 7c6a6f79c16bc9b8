import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../../api/sellKeys';
import type { LeadStatus } from '../../api/types';
import { useSellApi } from '../../api/useSellApi';

/** Everything an admin does to the lead status list; changes also refresh lead badges and filters. */
export function useLeadStatusMutations() {
  const api = useSellApi();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: sellKeys.leadStatuses });
    void queryClient.invalidateQueries({ queryKey: sellKeys.lists('lead') });
  };
  return {
    create: useMutation({
      mutationFn: (name: string) => api.create<LeadStatus>('/v2/lead_statuses', { name }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, changes }: { id: number; changes: { name?: string; default?: boolean } }) =>
        api.update<LeadStatus>(`/v2/lead_statuses/${id}`, changes),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: number) => api.remove(`/v2/lead_statuses/${id}`),
      onSuccess: refresh,
    }),
    reorder: useMutation({
      mutationFn: async (statuses: LeadStatus[]) => {
        // The answer is the whole list: a collection, not one record, so it is read again on settle.
        await api.update<unknown>('/v2/lead_statuses/order', { ids: statuses.map((status) => status.id) });
      },
      // The new order shows at once and goes back if the server refuses it.
      onMutate: async (statuses) => {
        await queryClient.cancelQueries({ queryKey: sellKeys.leadStatuses });
        const before = queryClient.getQueryData<LeadStatus[]>(sellKeys.leadStatuses);
        queryClient.setQueryData(sellKeys.leadStatuses, statuses.map((status, position) => ({ ...status, position })));
        return { before };
      },
      onError: (_error, _statuses, context) => queryClient.setQueryData(sellKeys.leadStatuses, context?.before),
      onSettled: refresh,
    }),
  };
}

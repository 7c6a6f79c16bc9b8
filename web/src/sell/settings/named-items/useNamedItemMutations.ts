import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sellKeys, type NamedItemKind } from '../../api/sellKeys';
import type { NamedItem } from '../../api/types';
import { useSellApi } from '../../api/useSellApi';

const RESOURCE_OF: Partial<Record<NamedItemKind, 'lead' | 'deal'>> = { lead_sources: 'lead', deal_sources: 'deal' };

/** Add, rename and delete on one of the named lists. */
export function useNamedItemMutations(kind: NamedItemKind) {
  const api = useSellApi();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: sellKeys.namedItems(kind) });
  const resourceType = RESOURCE_OF[kind];
  return {
    create: useMutation({
      mutationFn: (name: string) => api.create<NamedItem>(`/v2/${kind}`, { name, ...(resourceType ? { resource_type: resourceType } : {}) }),
      onSuccess: refresh,
    }),
    rename: useMutation({
      mutationFn: ({ id, name }: { id: number; name: string }) => api.update<NamedItem>(`/v2/${kind}/${id}`, { name }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: number) => api.remove(`/v2/${kind}/${id}`),
      onSuccess: refresh,
    }),
  };
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { AssociatedContact } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** The contacts involved in a deal, with their roles. */
export function useAssociatedContacts(dealId: number) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.associatedContacts(dealId),
    queryFn: () => api.all<AssociatedContact>(`/v2/deals/${dealId}/associated_contacts`),
  });
}

export function useAddAssociatedContact(dealId: number) {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { contact_id: number; role: string | null }) =>
      api.create<AssociatedContact>(`/v2/deals/${dealId}/associated_contacts`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sellKeys.associatedContacts(dealId) }),
  });
}

export function useRemoveAssociatedContact(dealId: number) {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: number) => api.remove(`/v2/deals/${dealId}/associated_contacts/${contactId}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sellKeys.associatedContacts(dealId) }),
  });
}

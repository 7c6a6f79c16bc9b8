import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { Collaboration, ResourceType } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** The collaborators of one lead, contact or deal. */
export function useCollaborators(resource: ResourceType, id: number) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.collaborators(resource, id),
    queryFn: () => api.all<Collaboration>(`/v2/collaborations?resource_type=${resource}&resource_id=${id}&sort_by=id`),
  });
}

export function useAddCollaborator(resource: ResourceType, id: number) {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (collaboratorId: number) =>
      api.create<Collaboration>('/v2/collaborations', { resource_type: resource, resource_id: id, collaborator_id: collaboratorId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sellKeys.collaborators(resource, id) }),
  });
}

export function useRemoveCollaborator(resource: ResourceType, id: number) {
  const api = useSellApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (collaborationId: number) => api.remove(`/v2/collaborations/${collaborationId}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sellKeys.collaborators(resource, id) }),
  });
}

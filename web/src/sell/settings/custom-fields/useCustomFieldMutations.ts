import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../../api/sellKeys';
import type { CustomFieldDefinition, ResourceType } from '../../api/types';
import { useSellApi } from '../../api/useSellApi';

export interface CustomFieldInput {
  name?: string;
  type?: CustomFieldDefinition['type'];
  choices?: string[];
  filterable?: boolean;
  for_contact?: boolean;
  for_organisation?: boolean;
}

/** Create, change and delete the custom fields of one record type. */
export function useCustomFieldMutations(resource: ResourceType) {
  const api = useSellApi();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: sellKeys.customFields(resource) });
    void queryClient.invalidateQueries({ queryKey: sellKeys.records(resource) });
  };
  return {
    create: useMutation({
      mutationFn: (input: CustomFieldInput) => api.create<CustomFieldDefinition>(`/v2/${resource}/custom_fields`, input),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: number; input: CustomFieldInput }) =>
        api.update<CustomFieldDefinition>(`/v2/${resource}/custom_fields/${id}`, input),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: number) => api.remove(`/v2/${resource}/custom_fields/${id}`),
      onSuccess: refresh,
    }),
  };
}

import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { CustomFieldDefinition, ResourceType } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** The custom fields defined for one record type. */
export function useCustomFieldDefinitions(resource: ResourceType) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.customFields(resource),
    queryFn: () => api.all<CustomFieldDefinition>(`/v2/${resource}/custom_fields`),
    staleTime: 60_000,
  });
}

import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { ResourceType, Tag } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** Tag names already used on this record type, offered while typing. */
export function useTagNames(resource: ResourceType) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.tags(resource),
    queryFn: async () => {
      const tags = await api.all<Tag>(`/v2/tags?resource_type=${resource}&sort_by=name`);
      return [...new Set(tags.map((tag) => tag.name))];
    },
    staleTime: 60_000,
  });
}

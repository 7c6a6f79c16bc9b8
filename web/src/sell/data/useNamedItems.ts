import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sellKeys, type NamedItemKind } from '../api/sellKeys';
import type { NamedItem } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** One of the account's short named lists: sources, loss reasons, unqualified reasons. */
export function useNamedItems(kind: NamedItemKind) {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.namedItems(kind),
    queryFn: () => api.all<NamedItem>(`/v2/${kind}?sort_by=name`),
    staleTime: 60_000,
  });
}

/** An item's name by id, for showing a source or reason stored as an id. */
export function useNamedItemName(kind: NamedItemKind): (id: number | null | undefined) => string | undefined {
  const { data } = useNamedItems(kind);
  return useMemo(() => {
    const byId = new Map((data ?? []).map((item) => [item.id, item.name]));
    return (id) => (id === null || id === undefined ? undefined : byId.get(id));
  }, [data]);
}

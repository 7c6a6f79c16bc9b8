import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { SellUser } from '../api/types';
import { useSellApi } from '../api/useSellApi';

/** Everyone with a Sell seat: owners to pick from and names to show. */
export function useSellUsers() {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.users,
    queryFn: () => api.all<SellUser>('/v2/users?sort_by=name'),
    staleTime: 60_000,
  });
}

/** A user's name by id; unknown ids give undefined. */
export function useUserNames(): (id: number | null | undefined) => string | undefined {
  const { data } = useSellUsers();
  return useMemo(() => {
    const byId = new Map((data ?? []).map((user) => [user.id, user.name]));
    return (id) => (id === null || id === undefined ? undefined : byId.get(id));
  }, [data]);
}

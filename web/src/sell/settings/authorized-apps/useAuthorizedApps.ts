import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../ui/api';
import type { TokenScope } from '../../api/types';

/** An app the signed-in user authorized (an OAuth grant), from the internal API. */
export interface AuthorizedApp {
  id: number;
  appName: string;
  scopes: TokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
}

// Starts with 'sell' like every Sell key, so signing out forgets it.
const authorizedAppsKey = ['sell', 'authorized-apps'] as const;

export function useAuthorizedApps() {
  return useQuery({
    queryKey: authorizedAppsKey,
    queryFn: async () => (await api.get<{ grants: AuthorizedApp[] }>('/api/oauth/grants')).grants,
  });
}

export function useRevokeAuthorizedApp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete<void>(`/api/oauth/grants/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: authorizedAppsKey }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../ui/api';
import { sellKeys } from '../../api/sellKeys';
import type { ApiToken, TokenScope } from '../../api/types';

/** The signed-in user's personal access tokens (the internal API, not the Sell API). */
export function useApiTokens() {
  return useQuery({
    queryKey: sellKeys.tokens,
    queryFn: async () => (await api.get<{ tokens: ApiToken[] }>('/api/tokens')).tokens,
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: TokenScope[] }) => api.post<{ token: ApiToken; secret: string }>('/api/tokens', input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sellKeys.tokens }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api.delete<void>(`/api/tokens/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: sellKeys.tokens }),
  });
}

import { useMutation, useQuery } from '@tanstack/react-query';
import { decideAuthorization, fetchAuthorizationRequest } from './oauthApi';

/** The authorization request in the page's query string, as the server checked it. */
export function useAuthorizationRequest(search: string) {
  return useQuery({
    queryKey: ['oauth', 'authorization', search],
    queryFn: () => fetchAuthorizationRequest(search),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

/** Authorize or Cancel; on success the browser leaves for the app's redirect URI. */
export function useAuthorizationDecision(search: string) {
  return useMutation({
    mutationFn: (decision: 'authorize' | 'cancel') => decideAuthorization(search, decision),
    onSuccess: ({ redirect_to }) => window.location.assign(redirect_to),
  });
}

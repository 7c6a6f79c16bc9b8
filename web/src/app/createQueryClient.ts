import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { clearSessionData } from '../auth/clearSessionData';
import { isApiError } from '../ui/ApiError';
import { queryKeys } from '../ui/queryKeys';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // 4xx answers will not change by asking again.
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** One client for the app; a lost session anywhere sends the user back to sign-in. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (!isApiError(error)) return;
    if (error.code === 'unauthenticated') clearSessionData(queryClient);
    // A stale CSRF token: fetch the session again so the next try carries a fresh one.
    if (error.code === 'csrf_failed') void queryClient.invalidateQueries({ queryKey: queryKeys.session });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 15_000 },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { clearSessionData } from '../auth/clearSessionData';
import { isApiError } from '../ui/ApiError';

function shouldRetry(failureCount: number, error: unknown): boolean {
  // 4xx answers will not change by asking again.
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** One client for the app; a lost session anywhere sends the user back to sign-in. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && error.code === 'unauthenticated') clearSessionData(queryClient);
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

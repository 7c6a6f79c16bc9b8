import type { QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../ui/api';
import { queryKeys } from '../ui/queryKeys';

/** Forgets the session and every answer fetched with it. */
export function clearSessionData(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData(queryKeys.session, null);
  queryClient.removeQueries({
    predicate: (query) => query.queryKey[0] !== queryKeys.session[0] && query.queryKey[0] !== queryKeys.setup[0],
  });
}

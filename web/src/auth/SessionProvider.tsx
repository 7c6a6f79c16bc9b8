import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../ui/api';
import { queryKeys } from '../ui/queryKeys';
import type { Account, SessionInfo, User } from '../ui/types';
import { FullPageLoader } from '../ui/FullPageLoader';
import { BootErrorPage } from './BootErrorPage';
import { SessionContext, type SessionContextValue } from './SessionContext';
import { deleteSession, fetchSession, fetchSetupNeeded } from './sessionApi';
import { clearSessionData } from './clearSessionData';

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedOutByUser, setSignedOutByUser] = useState(false);

  const setupQuery = useQuery({
    queryKey: queryKeys.setup,
    queryFn: fetchSetupNeeded,
    staleTime: Infinity,
    retry: 1,
  });
  const setupNeeded = setupQuery.data === true;

  const sessionQuery = useQuery({
    queryKey: queryKeys.session,
    queryFn: fetchSession,
    enabled: setupQuery.data === false,
    staleTime: 60_000,
    retry: 1,
  });

  const startSession = useCallback(
    (info: SessionInfo) => {
      setCsrfToken(info.csrfToken);
      setSignedOutByUser(false);
      queryClient.setQueryData(queryKeys.setup, false);
      queryClient.setQueryData(queryKeys.session, info);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await deleteSession();
    } finally {
      setSignedOutByUser(true);
      clearSessionData(queryClient);
    }
  }, [queryClient]);

  const updateSessionUser = useCallback(
    (user: User) => {
      queryClient.setQueryData<SessionInfo | null>(queryKeys.session, (current) =>
        current && current.user.id === user.id ? { ...current, user } : current,
      );
    },
    [queryClient],
  );

  const updateSessionAccount = useCallback(
    (account: Account) => {
      queryClient.setQueryData<SessionInfo | null>(queryKeys.session, (current) =>
        current ? { ...current, account } : current,
      );
    },
    [queryClient],
  );

  const session = sessionQuery.data ?? null;
  const value = useMemo<SessionContextValue>(
    () => ({ setupNeeded, session, signedOutByUser, startSession, signOut, updateSessionUser, updateSessionAccount }),
    [setupNeeded, session, signedOutByUser, startSession, signOut, updateSessionUser, updateSessionAccount],
  );

  if (setupQuery.isPending || (setupQuery.data === false && sessionQuery.isPending)) {
    return <FullPageLoader />;
  }
  if (setupQuery.isError || (sessionQuery.isError && sessionQuery.data === undefined)) {
    return (
      <BootErrorPage
        error={setupQuery.error ?? sessionQuery.error}
        onRetry={() => {
          void setupQuery.refetch();
          void sessionQuery.refetch();
        }}
      />
    );
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

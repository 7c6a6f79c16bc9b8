import { useContext } from 'react';
import { SessionContext, type SessionContextValue } from './SessionContext';
import type { SessionInfo } from '../ui/types';

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** For screens that only render when signed in. */
export function useSignedInSession(): SessionInfo {
  const { session } = useSession();
  if (!session) throw new Error('useSignedInSession used without a session');
  return session;
}

import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../auth/useSession';

/** Sends people without a session to setup or sign-in, remembering where they were going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { setupNeeded, session, signedOutByUser } = useSession();
  const location = useLocation();
  if (setupNeeded) return <Navigate to="/setup" replace />;
  if (!session) {
    const target = `${location.pathname}${location.search}`;
    const next = target === '/' || signedOutByUser ? '' : `?next=${encodeURIComponent(target)}`;
    return <Navigate to={`/sign-in${next}`} replace />;
  }
  return <>{children}</>;
}

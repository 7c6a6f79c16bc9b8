import type { ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { safeNextPath } from '../auth/safeNextPath';
import { useSession } from '../auth/useSession';

/** The sign-in page is only for people without a session once setup is done. */
export function RequireSignedOut({ children }: { children: ReactNode }) {
  const { setupNeeded, session } = useSession();
  const [searchParams] = useSearchParams();
  if (setupNeeded) return <Navigate to="/setup" replace />;
  if (session) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;
  return <>{children}</>;
}

import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useSession } from '../auth/useSession';

/** The setup page only exists while no account does. */
export function RequireSetupNeeded({ children }: { children: ReactNode }) {
  const { setupNeeded, session } = useSession();
  if (!setupNeeded) return <Navigate to={session ? '/' : '/sign-in'} replace />;
  return <>{children}</>;
}

import type { ReactNode } from 'react';
import { useSignedInSession } from '../auth/useSession';
import { ForbiddenPage } from './ForbiddenPage';

export function RequireAdmin({ children }: { children: ReactNode }) {
  const { permissions } = useSignedInSession();
  if (!permissions.admin) return <ForbiddenPage />;
  return <>{children}</>;
}

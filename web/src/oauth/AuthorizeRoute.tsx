import { lazy, Suspense } from 'react';
import { RequireSession } from '../app/RequireSession';
import { FullPageLoader } from '../ui/FullPageLoader';

const AuthorizePage = lazy(() => import('./AuthorizePage').then((module) => ({ default: module.AuthorizePage })));

/** The Authorize application dialog, for signed-in users: others sign in first and come back here. */
export function AuthorizeRoute() {
  return (
    <RequireSession>
      <Suspense fallback={<FullPageLoader />}>
        <AuthorizePage />
      </Suspense>
    </RequireSession>
  );
}

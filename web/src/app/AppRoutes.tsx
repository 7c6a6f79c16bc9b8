import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { SetupPage } from '../auth/SetupPage';
import { SignInPage } from '../auth/SignInPage';
import { AuthorizeRoute } from '../oauth/AuthorizeRoute';
import { AppShellLayout } from './AppShellLayout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAdmin } from './RequireAdmin';
import { RequireSession } from './RequireSession';
import { RequireSetupNeeded } from './RequireSetupNeeded';
import { RequireSignedOut } from './RequireSignedOut';

// The Admin area is only for admins: keep it out of the first download.
const AdminArea = lazy(() => import('../admin/AdminArea').then((module) => ({ default: module.AdminArea })));
// Sell is the biggest area: it loads when first opened.
const SellArea = lazy(() => import('../sell/SellArea').then((module) => ({ default: module.SellArea })));
const ChatArea = lazy(() => import('../chat/ChatArea').then((module) => ({ default: module.ChatArea })));
const MarketplaceArea = lazy(() => import('../marketplace/MarketplaceArea').then((module) => ({ default: module.MarketplaceArea })));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/setup"
        element={
          <RequireSetupNeeded>
            <SetupPage />
          </RequireSetupNeeded>
        }
      />
      <Route
        path="/sign-in"
        element={
          <RequireSignedOut>
            <SignInPage />
          </RequireSignedOut>
        }
      />
      <Route path="/oauth2/authorize" element={<AuthorizeRoute />} />
      <Route path="/oauth/authorize" element={<AuthorizeRoute />} />
      <Route
        element={
          <RequireSession>
            <AppShellLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="sell/*" element={<SellArea />} />
        <Route path="chat/*" element={<ChatArea />} />
        <Route path="marketplace/*" element={<MarketplaceArea />} />
        <Route
          path="admin/*"
          element={
            <RequireAdmin>
              <AdminArea />
            </RequireAdmin>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

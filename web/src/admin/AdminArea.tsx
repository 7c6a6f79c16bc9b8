import { Navigate, Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../app/NotFoundPage';
import { AccountPage } from './account/AccountPage';
import { AdminLayout } from './AdminLayout';
import { HierarchyPage } from './hierarchy/HierarchyPage';
import { UsersPage } from './users/UsersPage';

/** Everything under /admin; loaded on demand. */
export function AdminArea() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<Navigate to="users" replace />} />
        <Route path="users" element={<UsersPage />} />
        <Route path="hierarchy" element={<HierarchyPage />} />
        <Route path="account" element={<AccountPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

import { Navigate, Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../app/NotFoundPage';
import { useSignedInSession } from '../auth/useSession';
import { ContactPage } from './contacts/ContactPage';
import { ContactsPage } from './contacts/ContactsPage';
import { PipelineBoardPage } from './deals/board/PipelineBoardPage';
import { DealPage } from './deals/DealPage';
import { DealsPage } from './deals/DealsPage';
import { NoSellSeatPage } from './layout/NoSellSeatPage';
import { SellLayout } from './layout/SellLayout';
import { LeadPage } from './leads/LeadPage';
import { LeadsPage } from './leads/LeadsPage';
import { SettingsRoutes } from './settings/SettingsRoutes';
import { TasksPage } from './tasks/TasksPage';

/** Everything under /sell; loaded on demand. */
export function SellArea() {
  const { user } = useSignedInSession();
  if (user.sellRole === 'none') return <NoSellSeatPage />;
  return (
    <Routes>
      <Route element={<SellLayout />}>
        <Route index element={<Navigate to="leads" replace />} />
        <Route path="leads" element={<LeadsPage />} />
        <Route path="leads/:id" element={<LeadPage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/:id" element={<ContactPage />} />
        <Route path="deals" element={<DealsPage />} />
        <Route path="deals/board" element={<PipelineBoardPage />} />
        <Route path="deals/:id" element={<DealPage />} />
        <Route path="tasks" element={<TasksPage />} />
        <Route path="settings/*" element={<SettingsRoutes />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

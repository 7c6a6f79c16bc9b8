import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../app/NotFoundPage';
import { useSignedInSession } from '../auth/useSession';
import { DashboardPage } from './dashboard/DashboardPage';
import { ChatAppSettingsPage } from './apps/ChatAppSettingsPage';
import { ChatMyAppsPage } from './apps/ChatMyAppsPage';
import { HistoryPage } from './history/HistoryPage';
import { ChatLayout } from './layout/ChatLayout';
import { NoChatSeatPage } from './layout/NoChatSeatPage';
import { AgentLiveProvider } from './live/AgentLiveProvider';

/** Everything under /chat; loaded on demand. The agent's socket lives as long as the area is open. */
export function ChatArea() {
  const { user } = useSignedInSession();
  if (user.chatRole === 'none') return <NoChatSeatPage />;
  return (
    <AgentLiveProvider>
      <Routes>
        <Route element={<ChatLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="history" element={<HistoryPage />} />
          <Route path="apps" element={<ChatMyAppsPage />} />
          <Route path="apps/:installationId" element={<ChatAppSettingsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AgentLiveProvider>
  );
}

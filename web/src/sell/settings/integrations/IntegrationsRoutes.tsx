import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { ReadAuditPage } from './audit/ReadAuditPage';
import { ChatSettingsPage } from './chat/ChatSettingsPage';
import { FieldSettingsPage } from './fields/FieldSettingsPage';
import { WidgetEditorPage } from './fields/WidgetEditorPage';
import { IntegrationsPage } from './overview/IntegrationsPage';

/** Everything under Sell › Settings › Integrations › Integrations (paths in web/src/integrations/sell-chat/paths.ts). */
export function IntegrationsRoutes() {
  return (
    <Routes>
      <Route index element={<IntegrationsPage />} />
      <Route path="chat" element={<ChatSettingsPage />} />
      <Route path="chat/fields" element={<FieldSettingsPage />} />
      <Route path="chat/fields/:widget" element={<WidgetEditorPage />} />
      <Route path="chat/read-audit" element={<ReadAuditPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

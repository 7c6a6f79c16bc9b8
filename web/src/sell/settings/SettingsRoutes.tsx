import { Navigate, Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../../app/NotFoundPage';
import { SellAppSettings } from './apps/SellAppSettings';
import { SellMyAppsSettings } from './apps/SellMyAppsSettings';
import { AuthorizedAppsSettings } from './authorized-apps/AuthorizedAppsSettings';
import { CustomFieldsSettings } from './custom-fields/CustomFieldsSettings';
import { IntegrationsRoutes } from './integrations/IntegrationsRoutes';
import { NamedItemsSettings } from './named-items/NamedItemsSettings';
import { PhoneNumbersSettings } from './phone-numbers/PhoneNumbersSettings';
import { UnqualifiedReasonsSettings } from './named-items/UnqualifiedReasonsSettings';
import { PoolsSettings } from './pools/PoolsSettings';
import { SettingsLayout } from './SettingsLayout';
import { DEFAULT_SETTINGS_SECTION } from './settingsSections';
import { LeadStatusesSettings } from './statuses/LeadStatusesSettings';
import { ApiTokensSettings } from './tokens/ApiTokensSettings';

/** Everything under /sell/settings. */
export function SettingsRoutes() {
  return (
    <Routes>
      <Route element={<SettingsLayout />}>
        <Route index element={<Navigate to={DEFAULT_SETTINGS_SECTION} replace />} />
        <Route path="lead-statuses" element={<LeadStatusesSettings />} />
        <Route path="lead-sources" element={<NamedItemsSettings section="lead-sources" />} />
        <Route path="deal-sources" element={<NamedItemsSettings section="deal-sources" />} />
        <Route path="loss-reasons" element={<NamedItemsSettings section="loss-reasons" />} />
        <Route path="unqualified-reasons" element={<UnqualifiedReasonsSettings />} />
        <Route path="custom-fields" element={<CustomFieldsSettings />} />
        <Route path="phone-numbers" element={<PhoneNumbersSettings />} />
        <Route path="pools" element={<PoolsSettings />} />
        <Route path="integrations/integrations/*" element={<IntegrationsRoutes />} />
        <Route path="integrations/apps" element={<SellMyAppsSettings />} />
        <Route path="integrations/apps/:installationId" element={<SellAppSettings />} />
        <Route path="authorized-apps" element={<AuthorizedAppsSettings />} />
        <Route path="api-tokens" element={<ApiTokensSettings />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

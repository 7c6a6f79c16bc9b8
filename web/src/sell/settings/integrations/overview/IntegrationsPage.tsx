import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIntegrationSettings } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { usePrerequisites } from '../../../../integrations/sell-chat/usePrerequisites';
import { SettingsPageHeader } from '../../SettingsPageHeader';
import { ReadOnlyNotice } from '../shared/ReadOnlyNotice';
import { SettingsLoadState } from '../shared/SettingsLoadState';
import { ChatIntegrationCard } from './ChatIntegrationCard';

/** Sell › Settings › Integrations › Integrations: the integrations this account can turn on (S-7). */
export function IntegrationsPage() {
  const { t } = useTranslation('sellChat');
  const answer = useIntegrationSettings();
  const { prerequisites } = usePrerequisites();
  return (
    <>
      <SettingsPageHeader title={t('integrations.title')} description={t('integrations.description')} />
      <Stack gap="md">
        {answer.data ? (
          <>
            {!answer.data.canEdit && <ReadOnlyNotice />}
            <ChatIntegrationCard answer={answer.data} prerequisites={prerequisites} />
          </>
        ) : (
          <SettingsLoadState error={answer.error} onRetry={() => void answer.refetch()} />
        )}
      </Stack>
    </>
  );
}

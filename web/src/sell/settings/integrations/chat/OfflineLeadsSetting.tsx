import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { useSaveSetting } from '../../../../integrations/sell-chat/api/useIntegrationSettings';
import { SettingBlock } from './SettingBlock';

/** B-2: offline messages become leads under the same status, source and owner rules. */
export function OfflineLeadsSetting({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation('sellChat');
  const save = useSaveSetting();
  return (
    <SettingBlock id="offline-leads" title={t('offline.title')} description={t('offline.description')} save={save}>
      <Switch
        aria-labelledby="offline-leads"
        label={answer.settings.offlineLeadsEnabled ? t('offline.on') : t('offline.off')}
        checked={answer.settings.offlineLeadsEnabled}
        onChange={(event) => save.mutate({ offlineLeadsEnabled: event.currentTarget.checked })}
        disabled={!answer.canEdit}
        data-testid="offline-leads"
      />
    </SettingBlock>
  );
}

import { Alert, Group, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { EnableIntegrationButton } from '../shared/EnableIntegrationButton';

/** The settings can be prepared before the integration is on; this says it is off and turns it on (S-7). */
export function EnableIntegrationAlert({ answer, blocked }: { answer: SettingsAnswer; blocked: boolean }) {
  const { t } = useTranslation('sellChat');
  if (answer.settings.enabled) return null;
  return (
    <Alert color="indigo" variant="light" radius="md" icon={<IconPlugConnected size={18} />} title={t('card.notEnabledTitle')}>
      <Group justify="space-between" wrap="nowrap" gap="md">
        <Text size="sm">{t('card.notEnabledDescription')}</Text>
        {answer.canEdit && <EnableIntegrationButton blocked={blocked} size="xs" />}
      </Group>
    </Alert>
  );
}

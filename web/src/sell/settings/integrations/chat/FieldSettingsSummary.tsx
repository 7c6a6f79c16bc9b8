import { Button, Group, Stack, Text } from '@mantine/core';
import { IconLayoutList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SettingsAnswer } from '../../../../integrations/sell-chat/api/types';
import { fieldSettingsPath } from '../../../../integrations/sell-chat/paths';

/** S-19: the way to the field settings, with how many fields each widget shows now. */
export function FieldSettingsSummary({ answer }: { answer: SettingsAnswer }) {
  const { t } = useTranslation('sellChat');
  return (
    <Group justify="space-between" wrap="nowrap" gap="md" data-testid="field-settings-summary">
      <Stack gap={2}>
        <Text fw={600} size="sm">
          {t('fields.title')}
        </Text>
        <Text size="sm" c="dimmed">
          {answer.widgets.map((w) => t('fields.widgetCount', { widget: t(`fields.widgets.${w.widget}.name`), count: w.published.length })).join(' · ')}
        </Text>
      </Stack>
      <Button component={Link} to={fieldSettingsPath} variant="default" leftSection={<IconLayoutList size={16} aria-hidden="true" />} style={{ flexShrink: 0 }}>
        {t('fields.title')}
      </Button>
    </Group>
  );
}

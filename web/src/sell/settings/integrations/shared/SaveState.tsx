import { Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSaveErrorMessage } from './useSaveErrorMessage';

export type SaveStatus = 'idle' | 'pending' | 'success' | 'error';

/** Beside a setting that saves as it changes: saving, saved, or not saved and why (the old value is back). */
export function SaveState({ status, error }: { status: SaveStatus; error: unknown }) {
  const { t } = useTranslation('sellChat');
  const saveErrorMessage = useSaveErrorMessage();
  return (
    <div aria-live="polite" data-testid="save-state" data-status={status}>
      {status === 'pending' && (
        <Group gap={6} wrap="nowrap">
          <Loader size={12} />
          <Text size="xs" c="dimmed">
            {t('save.saving')}
          </Text>
        </Group>
      )}
      {status === 'success' && (
        <Group gap={4} wrap="nowrap">
          <IconCheck size={14} color="var(--mantine-color-green-7)" aria-hidden="true" />
          <Text size="xs" c="green.8" fw={500}>
            {t('save.saved')}
          </Text>
        </Group>
      )}
      {status === 'error' && (
        <Group gap={4} wrap="nowrap" align="flex-start" role="alert">
          <IconAlertCircle size={14} color="var(--mantine-color-red-7)" aria-hidden="true" style={{ marginTop: 2, flexShrink: 0 }} />
          <Text size="xs" c="red.8" fw={500}>
            {t('save.failed', { reason: saveErrorMessage(error) })}
          </Text>
        </Group>
      )}
    </div>
  );
}

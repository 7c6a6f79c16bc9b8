import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../ui/ApiError';
import { LoadErrorAlert } from '../../../../ui/LoadErrorAlert';
import { useSellAdminNames } from './useSellAdminNames';

/**
 * While the integration's answer loads, or when it cannot be had: a refusal is explained in the
 * server's words and names the Sell admins who can change the settings; anything else can be retried.
 */
export function SettingsLoadState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('sellChat');
  const admins = useSellAdminNames();
  if (!error) {
    return (
      <Stack gap="md">
        <Skeleton height={120} radius="lg" />
        <Skeleton height={220} radius="lg" />
      </Stack>
    );
  }
  if (isApiError(error) && error.status === 403) {
    return (
      <Alert color="gray" variant="light" radius="md" icon={<IconLock size={18} />} title={t('readOnly.refusedTitle')} data-testid="settings-refused">
        <Stack gap={4}>
          <Text size="sm">{error.message}</Text>
          {admins.length > 0 && <Text size="sm">{t('readOnly.changedBy', { names: admins.join(', ') })}</Text>}
        </Stack>
      </Alert>
    );
  }
  return <LoadErrorAlert title={t('loadFailed')} error={error} onRetry={onRetry} />;
}

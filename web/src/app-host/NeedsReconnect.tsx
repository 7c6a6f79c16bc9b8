import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useReconnectApp } from '../marketplace/my-apps/useReconnectApp';

/** In place of an app whose grant was revoked (O-9): what happened, and Reconnect. */
export function NeedsReconnect({ name, installationId }: { name: string; installationId: number }) {
  const { t } = useTranslation('marketplace');
  const { reconnect, pending } = useReconnectApp();
  return (
    <Stack align="center" gap="xs" p="md" ta="center" data-testid="app-needs-reconnect">
      <ThemeIcon variant="light" color="orange" size={40} radius="xl">
        <IconPlugConnectedX size={22} stroke={1.6} aria-hidden="true" />
      </ThemeIcon>
      <Text fw={600} size="sm">
        {t('reconnect.title', { name })}
      </Text>
      <Text size="xs" c="dimmed" maw={280}>
        {t('reconnect.description', { name })}
      </Text>
      <Button size="xs" variant="light" color="orange" loading={pending} onClick={() => reconnect(installationId)}>
        {t('reconnect.button')}
      </Button>
    </Stack>
  );
}

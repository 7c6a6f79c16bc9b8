import { Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconApps } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Where installed apps render beside a chat; empty until apps exist. */
export function AppsPanel() {
  const { t } = useTranslation('chat');
  return (
    <Paper withBorder p="md" radius="md" data-testid="apps-panel">
      <Title order={2} size="h5" mb="sm">
        {t('apps.title')}
      </Title>
      <Stack align="center" gap="xs" py="md">
        <ThemeIcon variant="light" size={40} radius="xl" color="gray">
          <IconApps size={22} stroke={1.5} aria-hidden="true" />
        </ThemeIcon>
        <Text size="sm" c="dimmed" ta="center">
          {t('apps.empty')}
        </Text>
      </Stack>
    </Paper>
  );
}

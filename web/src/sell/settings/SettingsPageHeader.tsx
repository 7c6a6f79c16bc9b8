import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** A settings page's title (an h1: the settings menu itself is navigation, not a heading). */
export function SettingsPageHeader({ title, description, actions }: { title: string; description: string; actions?: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: title }));
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" mb="lg">
      <Stack gap={4}>
        <Title order={1} size="h3">
          {title}
        </Title>
        <Text size="sm" c="dimmed" maw={620}>
          {description}
        </Text>
      </Stack>
      {actions}
    </Group>
  );
}

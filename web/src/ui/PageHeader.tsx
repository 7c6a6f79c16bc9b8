import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  /** Shown before the title, e.g. a product icon. */
  icon?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
  /** Heading level; a page has one h1. */
  order?: 1 | 2;
}

export function PageHeader({ title, description, icon, actions, order = 1 }: PageHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: title }));
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" mb="lg" gap="md">
      <Group gap="md" wrap="nowrap" align="center">
        {icon}
        <Stack gap={4}>
          <Title order={order} size={order === 1 ? 'h2' : 'h3'}>
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          )}
        </Stack>
      </Group>
      {actions && (
        <Group gap="sm" wrap="nowrap">
          {actions}
        </Group>
      )}
    </Group>
  );
}

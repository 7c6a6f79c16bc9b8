import type { ReactNode } from 'react';
import { Anchor, Avatar, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { initials } from '../../ui/initials';

interface RecordHeaderProps {
  /** What kind of record, shown small above the name ("Lead"). */
  kind: string;
  listLabel: string;
  listPath: string;
  name: string;
  icon?: ReactNode;
  badges?: ReactNode;
  /** Owner, source, dates: one quiet line under the name. */
  meta?: ReactNode;
  actions?: ReactNode;
}

/** The top of a record page: where it sits, its name and badges, and what can be done with it. */
export function RecordHeader({ kind, listLabel, listPath, name, icon, badges, meta, actions }: RecordHeaderProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.documentTitle', { page: name }));
  return (
    <Stack gap="sm" mb="lg">
      <Breadcrumbs separator="›" separatorMargin={6}>
        <Anchor component={Link} to={listPath} size="sm">
          {listLabel}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={360} aria-current="page">
          {name}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group gap="md" wrap="nowrap" align="center" miw={0}>
          {icon ?? (
            <Avatar size={52} radius="xl" color="teal" variant="light">
              {initials(name)}
            </Avatar>
          )}
          <Stack gap={4} miw={0}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" lts={0.5}>
              {kind}
            </Text>
            <Group gap="sm" wrap="wrap" align="center">
              <Title order={1} size="h2" lh={1.2}>
                {name}
              </Title>
              {badges}
            </Group>
            {meta && (
              <Group gap="lg" wrap="wrap" c="dimmed">
                {meta}
              </Group>
            )}
          </Stack>
        </Group>
        {actions && (
          <Group gap="sm" wrap="nowrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}

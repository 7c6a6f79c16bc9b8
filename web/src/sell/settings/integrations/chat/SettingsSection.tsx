import type { ReactNode } from 'react';
import { Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';

type Props = { id: string; title: string; description?: string; mark?: ReactNode; action?: ReactNode; children?: ReactNode };

/** A bordered part of the Chat settings page, headed by what it is about. */
export function SettingsSection({ id, title, description, mark, action, children }: Props) {
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby={`${id}-title`} id={id} data-testid={`section-${id}`}>
      <Stack gap="md">
        <Group justify="space-between" align="center" wrap="nowrap" gap="md">
          <Stack gap={2} miw={0}>
            <Group gap="sm">
              <Title order={2} size="h5" id={`${id}-title`}>
                {title}
              </Title>
              {mark}
            </Group>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </Stack>
          {action}
        </Group>
        {children && (
          <>
            <Divider />
            {children}
          </>
        )}
      </Stack>
    </Paper>
  );
}

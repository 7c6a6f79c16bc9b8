import type { ReactNode } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { SaveState, type SaveStatus } from '../shared/SaveState';

type Props = {
  /** The id of the heading, for controls that name themselves after it. */
  id: string;
  title: string;
  description?: ReactNode;
  save: { status: SaveStatus; error: unknown };
  children: ReactNode;
};

/** One setting of the page: its name, what it does, whether it saved, and the control. */
export function SettingBlock({ id, title, description, save, children }: Props) {
  return (
    <Stack gap={8} data-testid={`setting-${id}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={2} miw={0}>
          <Text fw={600} size="sm" id={id}>
            {title}
          </Text>
          {description && (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          )}
        </Stack>
        <SaveState status={save.status} error={save.error} />
      </Group>
      {children}
    </Stack>
  );
}

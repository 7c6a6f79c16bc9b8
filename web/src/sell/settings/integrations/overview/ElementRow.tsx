import type { ReactNode } from 'react';
import { Box, Group, Stack, Text } from '@mantine/core';
import { ElementStatusMark } from '../../../../integrations/sell-chat/ElementStatusMark';
import type { ElementStatus } from '../../../../integrations/sell-chat/api/types';

/** One of the integration's three elements: its mark, what it does, and where to change it (S-11, S-24). */
export function ElementRow({ name, description, status, action, children }: { name: string; description: string; status: ElementStatus; action?: ReactNode; children?: ReactNode }) {
  return (
    <Stack gap="xs" py="md" data-testid="integration-element" data-element={name}>
      <Group justify="space-between" wrap="nowrap" align="center" gap="md">
        <Group gap="md" wrap="nowrap" align="center" miw={0}>
          <Box w={180} style={{ flexShrink: 0 }}>
            <ElementStatusMark status={status} />
          </Box>
          <Stack gap={2} miw={0}>
            <Text fw={600} size="sm">
              {name}
            </Text>
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          </Stack>
        </Group>
        {action}
      </Group>
      {children}
    </Stack>
  );
}

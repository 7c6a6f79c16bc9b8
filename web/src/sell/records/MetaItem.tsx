import type { ReactNode } from 'react';
import { Group, Text } from '@mantine/core';

/** "Owner: Ana Costa" in a record header's quiet line. */
export function MetaItem({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      {typeof children === 'string' ? (
        <Text size="sm" c="dark.6">
          {children}
        </Text>
      ) : (
        children
      )}
    </Group>
  );
}
